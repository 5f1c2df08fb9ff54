package org.openhall.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openhall.catalogue.form.FieldType;
import org.openhall.catalogue.form.FormDefinition;
import org.openhall.catalogue.form.FormField;

class LicenceContentTest {

    /** The demo catalogue's 食品经营许可 form, with a date, a delivery choice and another person's ID added. */
    static final FormDefinition FOOD_FORM = FormDefinition.of(
            FormField.builder("applicantName", "申请人名称", FieldType.TEXT).required().build(),
            FormField.builder("creditCode", "统一社会信用代码", FieldType.CREDIT_CODE).required().build(),
            FormField.builder("businessScope", "经营项目", FieldType.SELECT).required()
                    .option("BULK_FOOD", "散装食品销售").option("HOT_FOOD", "热食类食品制售").build(),
            FormField.builder("hasColdChain", "是否含冷藏冷冻食品", FieldType.CHECKBOX).build(),
            FormField.builder("coldStorageArea", "冷库面积（平方米）", FieldType.NUMBER)
                    .showWhen("hasColdChain", "true").build(),
            FormField.builder("openingDate", "开业日期", FieldType.DATE).build(),
            FormField.builder("deliveryMethod", "领证方式", FieldType.SELECT)
                    .option("WINDOW", "窗口领取").option("POST", "邮寄送达").build(),
            FormField.builder("legalRepId", "法定代表人身份证号码", FieldType.PERSON_ID).build(),
            FormField.builder("contactPhone", "联系电话", FieldType.PHONE).required().build());

    static Map<String, String> foodApplication(String holder, String creditCode) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("contactPhone", "13812345678");
        data.put("applicantName", holder);
        data.put("creditCode", creditCode);
        data.put("businessScope", "HOT_FOOD");
        data.put("hasColdChain", "true");
        data.put("coldStorageArea", "120");
        data.put("openingDate", "2026-12-01");
        data.put("deliveryMethod", "POST");
        data.put("legalRepId", "11010519491231002X");
        return data;
    }

    @Test
    void printsEveryFieldWithItsLabelAndOptionLabelsAndYesNoInFormOrder() {
        assertThat(LicenceContent.lines(FOOD_FORM, foodApplication("张记餐饮", "91110108MA01W8XQ3X"),
                "张记餐饮", "91110108MA01W8XQ3X"))
                .containsExactly("经营项目：热食类食品制售", "是否含冷藏冷冻食品：是", "冷库面积（平方米）：120",
                        "开业日期：2026年12月1日", "领证方式：邮寄送达");
    }

    @Test
    void anUncheckedCheckboxIsNoAndHidesTheFieldsThatDependOnIt() {
        Map<String, String> data = foodApplication("张记餐饮", "91110108MA01W8XQ3X");
        data.remove("hasColdChain");

        assertThat(LicenceContent.lines(FOOD_FORM, data, "张记餐饮", "91110108MA01W8XQ3X"))
                .contains("是否含冷藏冷冻食品：否")
                .noneMatch(line -> line.startsWith("冷库面积"));
    }

    @Test
    void anIdentifierThatIsNotTheHoldersOwnIsPrintedWithItsLabel() {
        Map<String, String> data = foodApplication("张记餐饮", "91350100M000100Y43");

        assertThat(LicenceContent.lines(FOOD_FORM, data, "张记餐饮", "91110108MA01W8XQ3X"))
                .contains("统一社会信用代码：91350100M000100Y43");
    }
}
