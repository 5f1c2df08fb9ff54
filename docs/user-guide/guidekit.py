"""What the guides' screenshot scripts share (docs/user-guide/*/screenshots.py): the demo server's JSON
API with HTTP Basic, a small PDF, filing and completing demo cases, and a browser driven through
chromedriver's W3C protocol. Python 3 standard library only; `pngquant` and `optipng`, when installed,
make the PNGs smaller.
"""
import base64, json, os, shutil, subprocess, time, urllib.error, urllib.request, uuid

BASE = os.environ.get("OH", "http://127.0.0.1:8080")
DRIVER = os.environ.get("CHROMEDRIVER", "http://127.0.0.1:9515")
PASSWORD = "Demo#2026"


# --- the JSON API, with HTTP Basic -------------------------------------------------------------
def api(user, method, path, body=None, raw=None, ctype=None, headers=None):
    h = {"Authorization": "Basic " + base64.b64encode(f"{user}:{PASSWORD}".encode()).decode(),
         "Accept": "application/json, application/problem+json"}
    data = None
    if body is not None:
        data, h["Content-Type"] = json.dumps(body).encode(), "application/json"
    elif raw is not None:
        data, h["Content-Type"] = raw, ctype
    h.update(headers or {})
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(request) as r:
            b = r.read()
            return r.status, json.loads(b) if b and "json" in r.headers.get("Content-Type", "") else b
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def pdf(label):
    """A one-page PDF standing in for a scanned material."""
    stream = f"BT /F1 14 Tf 20 60 Td ({label} {uuid.uuid4().hex[:8]}) Tj ET".encode()
    objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 120]/Contents 4 0 R"
            b"/Resources<</Font<</F1 5 0 R>>>>>>",
            b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
            b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF" % (len(objs) + 1, xref)


def upload(user, name):
    boundary = "----guide" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            "Content-Type: application/pdf\r\n\r\n").encode() + pdf(name) + f"\r\n--{boundary}--\r\n".encode()
    status, v = api(user, "POST", "/api/v1/materials", raw=body,
                    ctype=f"multipart/form-data; boundary={boundary}")
    assert status == 201, (status, v)
    return v["materialId"]


def submit(user, code, form):
    _, guide = api("demo-citizen", "GET", f"/api/v1/items/{code}")
    materials = [{"requirementId": m["id"], "materialId": upload(user, m["id"] + ".pdf")}
                 for m in guide["materials"] if m["required"]]
    status, v = api(user, "POST", "/api/v1/cases", {"itemCode": code, "formData": form,
                                                    "materials": materials},
                    headers={"Idempotency-Key": uuid.uuid4().hex})
    assert status == 201, (status, v)
    return v["caseNumber"]


def task_of(user, case, stage):
    for _ in range(60):
        _, page = api(user, "GET", f"/api/v1/console/tasks?page=0&size=50&caseNumber={case}")
        found = [t for t in page["items"] if t["stage"] == stage]
        if found:
            return found[0]
        time.sleep(1)
    raise SystemExit(f"no {stage} task of {case} for {user}")


def complete(user, case, stage, outcome, opinion, missing=None):
    t = task_of(user, case, stage)
    api(user, "POST", f"/api/v1/console/tasks/{t['taskId']}/claim")
    body = {"outcome": outcome, "opinion": opinion}
    if missing:
        body["missing"] = missing
    status, v = api(user, "POST", f"/api/v1/console/tasks/{t['taskId']}/complete", body)
    assert status == 200, (status, v)


def await_case(user, case, done, what):
    for _ in range(90):
        _, c = api(user, "GET", f"/api/v1/cases/{case}")
        if isinstance(c, dict) and done(c):
            return c
        time.sleep(1)
    raise SystemExit(f"case {case} never {what}")


# --- the browser, through chromedriver's W3C protocol -----------------------------------------


def resident_id(first17):
    """A resident ID number (GB 11643) with its check character."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights)) % 11]


class Browser:
    """out: where the PNGs go; login: the sign-in page and its button."""

    def __init__(self, out, lang="zh-CN", login=("/login", "main form button[type=submit]")):
        self.out, self.login_page = out, login
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--hide-scrollbars", "--window-size=1280,800", f"--lang={lang}"],
            "prefs": {"intl.accept_languages": lang}}}}}
        self.session = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(DRIVER + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as r:
            return json.loads(r.read())["value"]

    def _s(self, path, method="POST", body=None):
        return self._call(method, f"/session/{self.session}{path}", {} if body is None and method == "POST" else body)

    def go(self, path):
        self._s("/url", body={"url": BASE + path})

    def element(self, css):
        return list(self._s("/element", body={"using": "css selector", "value": css}).values())[0]

    def type(self, css, text):
        self._s(f"/element/{self.element(css)}/value", body={"text": text})

    def click(self, css):
        self._s(f"/element/{self.element(css)}/click")

    def script(self, js, *args):
        return self._s("/execute/sync", body={"script": js, "args": list(args)})

    def login(self, user):
        self._call("DELETE", f"/session/{self.session}/cookie")
        self.go(self.login_page[0])
        self.type("#username", user)
        self.type("#password", PASSWORD)
        self.click(self.login_page[1])
        time.sleep(0.5)

    def show(self, css):
        """Scrolls so that the element (CSS, or "h2:申请材料" for a heading by its text) is near the top."""
        tag, _, text = css.partition(":") if css.startswith("h2:") else (None, None, None)
        self.script("const e = arguments[1] ? Array.from(document.querySelectorAll(arguments[1]))"
                    ".find(h => h.textContent.trim() === arguments[2]) : document.querySelector(arguments[0]);"
                    "if (e) { e.scrollIntoView({block: 'start'}); window.scrollBy(0, -16); }", css, tag, text)

    def shot(self, name, width=1280, height=800, at=None, whole=False):
        """One window scrolled to at; whole: the whole page (up to 2,600 px) instead."""
        self._s("/window/rect", body={"width": width, "height": height})
        if whole:
            full = self.script("return document.documentElement.scrollHeight")
            self._s("/window/rect", body={"width": width, "height": min(max(full, 600), 2600) + 140})
        elif at:
            self.show(at)
        else:
            self.script("window.scrollTo(0, 0)")
        time.sleep(0.3)
        path = os.path.join(self.out, name + ".png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(self._s("/screenshot", "GET")))
        # smaller files where the tools exist (Debian: pngquant, optipng); the picture stays readable
        if shutil.which("pngquant"):
            subprocess.run(["pngquant", "--force", "--skip-if-larger", "--quality=70-95", "--output", path, path],
                           check=False)
        if shutil.which("optipng"):
            subprocess.run(["optipng", "-quiet", "-o2", "-strip", "all", path], check=False)
        print("wrote", name, os.path.getsize(path), "bytes")

    def quit(self):
        self._call("DELETE", f"/session/{self.session}")
