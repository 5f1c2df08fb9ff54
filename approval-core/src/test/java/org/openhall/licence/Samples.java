package org.openhall.licence;

import java.time.LocalDate;
import java.util.List;

/** Sample licences shared by the tests and the sample writer. */
final class Samples {

    static final String HOLDER = "北京市海淀区张𠀀记餐饮有限公司";
    static final String PLAIN_HOLDER = "北京市海淀区张记餐饮有限公司";
    static final String CREDIT_CODE = "91110108MA01W8XQ3X";

    private Samples() {
    }

    static LicenceDocument foodLicence(String holder) {
        return new LicenceDocument(
                "JY11108052026001234",
                "7K3M-9QX2",
                holder,
                CREDIT_CODE,
                "食品经营许可（新办）",
                "食品经营许可证",
                List.of(
                        "经营项目：预包装食品销售（含冷藏冷冻食品）、散装食品销售（不含冷藏冷冻食品）、热食类食品制售、冷食类食品制售、自制饮品制售（不含自酿酒）。",
                        "主体业态：餐饮服务经营者（中型餐馆）",
                        "经营场所：北京市海淀区中关村大街27号1层101室（Zhongguancun Street No. 27, Room 101, Haidian District, Beijing）"),
                "北京市海淀区市场监督管理局",
                LocalDate.of(2026, 11, 24),
                LocalDate.of(2031, 11, 23),
                "https://openhall.example.gov.cn/licence/verify?no=JY11108052026001234&code=7K3M-9QX2");
    }
}
