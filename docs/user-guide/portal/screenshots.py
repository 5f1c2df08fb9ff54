#!/usr/bin/env python3
"""Regenerates the screenshots of the citizen's guide (docs/user-guide/portal/img/).

Needs a running demo server (README: `java -jar hall-server/target/openhall.jar`, here at $OH,
default http://127.0.0.1:8080), Debian's chromium and chromedriver (`chromedriver --port=9515`)
and a CJK font (`fonts-wqy-microhei`). Python 3 standard library only; `pngquant` and `optipng`,
when installed, make the PNGs smaller. It files demo cases through the API and pays one through
the demo bank, so run it against a throwaway data directory.

Each picture is one window (1280x800, or 390x844 for the phone) scrolled to what the guide talks
about, not the whole page.
"""
import os, sys, time, urllib.parse

# the helpers both guides' scripts share: docs/user-guide/guidekit.py
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from guidekit import Browser, await_case, complete, submit  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "img")
ITEM = "ZRZY-001"  # 不动产转移登记: a fee paid before issue, five materials
LAND_FORM = {"applicantName": "张明华", "buyerId": "110105199003071239", "sellerName": "黄卖房",
             "certificateNo": "闽（2020）福州市不动产权第0012345号",
             "propertyAddress": "福州市鼓楼区五四路100号3栋502室", "buildingArea": "89.5",
             "dealPrice": "150", "contactPhone": "13812345678"}


def main():
    os.makedirs(OUT, exist_ok=True)
    # three cases of demo-citizen (张明华): one waiting for a correction, one approved with the fee due,
    # one the clerk has not seen yet
    corrected = submit("demo-citizen", ITEM, LAND_FORM)
    complete("demo-clerk", corrected, "ACCEPT", "CORRECTION_REQUIRED", "身份证明不清晰",
             [{"requirementId": "M2", "reason": "身份证复印件模糊，请上传清晰的扫描件"}])
    paid = submit("demo-citizen", ITEM, LAND_FORM)
    complete("demo-clerk", paid, "ACCEPT", "ACCEPTED", "材料齐全，予以受理")
    complete("demo-reviewer", paid, "REVIEW", "PASSED", "符合登记条件")
    complete("demo-approver", paid, "DECIDE", "APPROVED", "准予登记")
    await_case("demo-citizen", paid, lambda c: (c.get("payment") or {}).get("status") == "DUE", "had its fee due")
    fresh = submit("demo-citizen", ITEM, LAND_FORM)

    b = Browser(OUT)
    try:
        b.go("/")
        b.shot("home")
        b.go("/register")
        b.shot("register")
        b.go("/?query=" + urllib.parse.quote("不动产转移"))
        b.shot("search")
        b.go(f"/items/{ITEM}")
        b.shot("item-guide")
        b.shot("item-materials", at="h2:申请材料")

        b.login("demo-citizen")
        b.go(f"/apply/{ITEM}")
        b.shot("apply-form")
        b.shot("apply-materials", at="#apply fieldset:nth-of-type(2)")
        b.click("#apply-save-draft")
        time.sleep(0.5)
        b.go("/drafts")
        b.shot("drafts")
        b.go("/account")
        b.shot("account")
        b.shot("account-messages", at="#notify-section")
        b.go(f"/cases/{fresh}")
        b.shot("case-submitted")
        b.go("/cases")
        b.shot("cases")
        b.go(f"/cases/{corrected}")
        b.shot("case-correction", at="#case-correction")
        b.go(f"/cases/{paid}")
        b.shot("case-payment", at="#case-payment")
        b.click("#payment-online")
        time.sleep(1)
        b.shot("demo-bank")
        b.click("#bank-pay")
        time.sleep(1)
        await_case("demo-citizen", paid, lambda c: c.get("status") == "ISSUED", "issued")
        b.go(f"/cases/{paid}")
        b.shot("case-licence", at="#case-licence")
        b.go("/licences")
        b.shot("wallet")
        code = b.script("const a = document.querySelector(\"li.held-licence a[href^='/verify/']\");"
                        "return a ? a.getAttribute('href') : null;")
        if code:
            b.go(code)
            b.shot("verify")
        b.go(f"/cases/{paid}")
        b.shot("case-rating", at="#case-feedback")
        b.go("/complaints")
        b.shot("complaints")
        b.go("/inbox")
        b.shot("inbox")
        b.go(f"/cases/{paid}")
        b.shot("case-phone", width=390, height=844, at="#follow-stages")

        b.login("demo-agent")
        b.go("/mandates")
        b.shot("agent-mandates")
        b.go(f"/apply/{ITEM}")
        b.shot("agent-apply", at="#on-behalf-of")
        b.login("demo-citizen")
        b.go("/mandates")
        b.shot("principal-mandates")
    finally:
        b.quit()


if __name__ == "__main__":
    sys.exit(main())
