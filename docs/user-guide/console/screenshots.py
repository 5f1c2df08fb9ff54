#!/usr/bin/env python3
"""Regenerates the screenshots of the console user guides (docs/user-guide/console/img/).

Needs a running demo server (README: `java -jar hall-server/target/openhall.jar`, here at $OH,
default http://127.0.0.1:8080), Debian's chromium and chromedriver (`chromedriver --port=9515`)
and a CJK font (`fonts-wqy-microhei`). Python 3 standard library only. It files a few demo cases
through the API first, so run it against a throwaway data directory.
"""
import os, sys, time

# the helpers both guides' scripts share: docs/user-guide/guidekit.py
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from guidekit import Browser, api, complete, resident_id, submit, task_of  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "img")


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

    b = Browser(OUT, lang="zh-CN", login=("/console/login", "form button[type=submit]"))
    try:
        b.login("demo-scjg-clerk")
        b.go("/console")
        b.shot("clerk-worklist", height=900, whole=True)
        b.go(f"/console/tasks/{task_of('demo-scjg-clerk', waiting, 'ACCEPT')['taskId']}")
        b.shot("clerk-accept-task", height=900, whole=True)
        b.go("/console/intake")
        b.shot("clerk-intake-applicant", height=900, whole=True)
        b.go(f"/console/intake/applicants/{person['applicantId']}/items/SCJG-001")
        b.shot("clerk-intake-form", height=900, whole=True)
        b.go("/console/cases")
        b.shot("clerk-case-search", height=900, whole=True)
        b.go("/console/enquiries")
        b.shot("clerk-enquiries", height=900, whole=True)

        b.login("demo-scjg-reviewer")
        b.go(f"/console/tasks/{task_of('demo-scjg-reviewer', accepted, 'REVIEW')['taskId']}")
        b.shot("reviewer-task", height=900, whole=True)
        b.go(f"/console/cases/{accepted}")
        b.shot("reviewer-case", height=900, whole=True)
        status, extension = api("demo-scjg-reviewer", "POST", f"/api/v1/console/cases/{accepted}/extensions",
                                {"workingDays": 5, "reason": "需对经营场所进行现场核查"})
        assert status == 201, (status, extension)

        b.login("demo-scjg-head")
        b.go("/console")
        b.shot("head-worklist", height=900, whole=True)
        b.go(f"/console/cases/{accepted}")
        b.shot("head-extension", height=900, whole=True)
        api("demo-scjg-head", "POST", f"/api/v1/console/cases/{accepted}/extensions/"
            f"{extension['extensionId']}/decision", {"approved": True, "note": "同意延期"})
        complete("demo-scjg-reviewer", accepted, "REVIEW", "PASSED", "经审查，符合设立登记条件")

        b.login("demo-scjg-approver")
        b.go(f"/console/tasks/{task_of('demo-scjg-approver', accepted, 'DECIDE')['taskId']}")
        b.shot("approver-decision", height=900, whole=True)
        complete("demo-scjg-approver", accepted, "DECIDE", "APPROVED", "准予设立登记")
        await_status(accepted, "ISSUED")

        b.login("demo-scjg-clerk")
        b.go(f"/console/cases/{accepted}")
        b.shot("clerk-delivery", height=900, whole=True)

        b.login("demo-supervisor")
        b.go("/console/alerts")
        b.shot("supervisor-alerts", height=900, whole=True)
        b.go("/console/supervision")
        b.shot("supervisor-dashboard", height=900, whole=True)

        b.login("demo-admin")
        b.go("/console/staff")
        b.shot("admin-staff", height=900, whole=True)
        b.go("/console/catalogue")
        b.shot("admin-catalogue", height=900, whole=True)
        if isinstance(draft, dict) and draft.get("id"):
            b.go(f"/console/catalogue/versions/{draft['id']}/edit")
            b.shot("admin-catalogue-editor", height=900, whole=True)
        b.go("/console/calendar")
        b.shot("admin-calendar", height=900, whole=True)
    finally:
        b.quit()


if __name__ == "__main__":
    sys.exit(main())
