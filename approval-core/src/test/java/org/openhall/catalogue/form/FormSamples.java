package org.openhall.catalogue.form;

/** Definitions shared by the tests: a business-licence style application using every field type. */
final class FormSamples {

    private FormSamples() {
    }

    static FormDefinition business() {
        return FormDefinition.of(
                FormField.builder("applicantType", "申请人类型", FieldType.SELECT).labelEn("Applicant type").required()
                        .option("person", "个人").option("company", "企业").build(),
                FormField.builder("name", "姓名", FieldType.TEXT).labelEn("Name").required().maxLength(50)
                        .help("与身份证件一致").build(),
                FormField.builder("idNumber", "身份证号码", FieldType.PERSON_ID).labelEn("ID number").required()
                        .showWhen("applicantType", "person").build(),
                FormField.builder("creditCode", "统一社会信用代码", FieldType.CREDIT_CODE).labelEn("Credit code").required()
                        .showWhen("applicantType", "company").build(),
                FormField.builder("phone", "联系电话", FieldType.PHONE).labelEn("Phone").required().build(),
                FormField.builder("address", "住所", FieldType.ADDRESS).labelEn("Address").build(),
                FormField.builder("postcode", "邮政编码", FieldType.TEXT).labelEn("Postcode")
                        .pattern("\\d{6}", "应为6位数字").build(),
                FormField.builder("capital", "注册资本（万元）", FieldType.NUMBER).labelEn("Registered capital")
                        .min("0").max("100000").build(),
                FormField.builder("startDate", "开业日期", FieldType.DATE).labelEn("Start date").build(),
                FormField.builder("scope", "经营范围", FieldType.LONG_TEXT).labelEn("Business scope").minLength(4).build(),
                FormField.builder("hasAgent", "委托代理人办理", FieldType.CHECKBOX).labelEn("Filed by an agent").build(),
                FormField.builder("agentName", "代理人姓名", FieldType.TEXT).labelEn("Agent name").required()
                        .showWhen("hasAgent", "true").build(),
                FormField.builder("agentPhone", "代理人电话", FieldType.PHONE).required()
                        .showWhen("agentName", "张三").build(),
                FormField.builder("confirm", "本人承诺所填信息真实有效", FieldType.CHECKBOX)
                        .labelEn("I confirm the information is true").required().build());
    }
}
