#!/usr/bin/env python3
"""Regenerates the screenshots of the console user guides (docs/user-guide/console/img/).

Needs a running demo server (README: `java -jar hall-server/target/openhall.jar`, here at $OH,
default http://127.0.0.1:8080), Debian's chromium and chromedriver (`chromedriver --port=9515`)
and a CJK font (`fonts-wqy-microhei`). Python 3 standard library only. It files a few demo cases
through the API first, so run it against a throwaway data directory.
"""
import base64, json, os, sys, time, urllib.request, urllib.error, uuid

BASE = os.environ.get("OH", "http://127.0.0.1:8080")
DRIVER = os.environ.get("CHROMEDRIVER", "http://127.0.0.1:9515")
PASSWORD = "Demo#2026"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "img")


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
    _, page = api(user, "GET", f"/api/v1/console/tasks?page=0&size=50&caseNumber={case}")
    return next(t for t in page["items"] if t["stage"] == stage)


def complete(user, case, stage, outcome, opinion):
    t = task_of(user, case, stage)
    api(user, "POST", f"/api/v1/console/tasks/{t['taskId']}/claim")
    status, v = api(user, "POST", f"/api/v1/console/tasks/{t['taskId']}/complete",
                    {"outcome": outcome, "opinion": opinion})
    assert status == 200, (status, v)


# --- the browser, through chromedriver's W3C protocol -----------------------------------------
class Browser:
    def __init__(self, lang="zh-CN"):
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=1280,900", f"--lang={lang}"],
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
        self.go("/console/login")
        self.type("#username", user)
        self.type("#password", PASSWORD)
        self.click("form button[type=submit]")

    def shot(self, name, width=1280):
        self._s("/window/rect", body={"width": width, "height": 900})
        height = self.script("return document.documentElement.scrollHeight")
        self._s("/window/rect", body={"width": width, "height": min(max(height, 600), 2600) + 140})
        time.sleep(0.3)
        png = self._s("/screenshot", "GET")
        with open(os.path.join(OUT, name + ".png"), "wb") as f:
            f.write(base64.b64decode(png))
        print("wrote", name)

    def quit(self):
        self._call("DELETE", f"/session/{self.session}")


def resident_id(first17):
    """A resident ID number (GB 11643) with its check character."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights)) % 11]


def await_status(case, wanted, user="demo-scjg-clerk"):
    for _ in range(60):
        _, c = api(user, "GET", f"/api/v1/console/cases/{case}")
        if isinstance(c, dict) and c.get("status") == wanted:
            return
        time.sleep(1)
    raise SystemExit(f"case {case} never reached {wanted}")


def main():
    os.makedirs(OUT, exist_ok=True)
    form = {"applicantName": "福州海峡食品贸易有限公司", "registeredCapital": "100", "legalRepresentative": "陈建国",
            "legalRepId": "11010519491231002X", "residence": "厦门市思明区湖滨南路 100 号",
            "businessScope": "餐饮服务；餐饮管理", "shareholderCount": "2", "contactPhone": "13812345678"}
    accepted = submit("demo-company", "SCJG-003", form)
    waiting = submit("demo-company", "SCJG-003", form)
    complete("demo-scjg-clerk", accepted, "ACCEPT", "ACCEPTED", "材料齐全，予以受理")
    walk_in = {"kind": "PERSON", "name": "林秀英", "idNumber": resident_id("35010219880512002"), "phone": "13912345678"}
    status, person = api("demo-scjg-clerk", "POST", "/api/v1/console/intake/applicants", walk_in)
    assert status in (200, 201), (status, person)
    _, draft = api("demo-admin", "POST", "/api/v1/console/catalogue/items/SCJG-001/draft")

    b = Browser()
    try:
        b.login("demo-scjg-clerk")
        b.go("/console")
        b.shot("clerk-worklist")
        b.go(f"/console/tasks/{task_of('demo-scjg-clerk', waiting, 'ACCEPT')['taskId']}")
        b.shot("clerk-accept-task")
        b.go("/console/intake")
        b.shot("clerk-intake-applicant")
        b.go(f"/console/intake/applicants/{person['applicantId']}/items/SCJG-001")
        b.shot("clerk-intake-form")
        b.go("/console/cases")
        b.shot("clerk-case-search")
        b.go("/console/enquiries")
        b.shot("clerk-enquiries")

        b.login("demo-scjg-reviewer")
        b.go(f"/console/tasks/{task_of('demo-scjg-reviewer', accepted, 'REVIEW')['taskId']}")
        b.shot("reviewer-task")
        b.go(f"/console/cases/{accepted}")
        b.shot("reviewer-case")
        status, extension = api("demo-scjg-reviewer", "POST", f"/api/v1/console/cases/{accepted}/extensions",
                                {"workingDays": 5, "reason": "需对经营场所进行现场核查"})
        assert status == 201, (status, extension)

        b.login("demo-scjg-head")
        b.go("/console")
        b.shot("head-worklist")
        b.go(f"/console/cases/{accepted}")
        b.shot("head-extension")
        api("demo-scjg-head", "POST", f"/api/v1/console/cases/{accepted}/extensions/"
            f"{extension['extensionId']}/decision", {"approved": True, "note": "同意延期"})
        complete("demo-scjg-reviewer", accepted, "REVIEW", "PASSED", "经审查，符合设立登记条件")

        b.login("demo-scjg-approver")
        b.go(f"/console/tasks/{task_of('demo-scjg-approver', accepted, 'DECIDE')['taskId']}")
        b.shot("approver-decision")
        complete("demo-scjg-approver", accepted, "DECIDE", "APPROVED", "准予设立登记")
        await_status(accepted, "ISSUED")

        b.login("demo-scjg-clerk")
        b.go(f"/console/cases/{accepted}")
        b.shot("clerk-delivery")

        b.login("demo-supervisor")
        b.go("/console/alerts")
        b.shot("supervisor-alerts")

        b.login("demo-admin")
        b.go("/console/staff")
        b.shot("admin-staff")
        b.go("/console/catalogue")
        b.shot("admin-catalogue")
        if isinstance(draft, dict) and draft.get("id"):
            b.go(f"/console/catalogue/versions/{draft['id']}/edit")
            b.shot("admin-catalogue-editor")
        b.go("/console/calendar")
        b.shot("admin-calendar")
    finally:
        b.quit()


if __name__ == "__main__":
    sys.exit(main())
