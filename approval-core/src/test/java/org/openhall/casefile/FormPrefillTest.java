package org.openhall.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhall.catalogue.form.FieldType;
import org.openhall.catalogue.form.FormDefinition;
import org.openhall.catalogue.form.FormField;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.PartyKind;

class FormPrefillTest {

  private static final FormDefinition FOOD = FormDefinition.of(
      FormField.builder("applicantName", "申请人名称", FieldType.TEXT).required().build(),
      FormField.builder("creditCode", "统一社会信用代码", FieldType.CREDIT_CODE).required().build(),
      FormField.builder("businessScope", "经营项目", FieldType.TEXT).required().build(),
      FormField.builder("contactPhone", "联系电话", FieldType.PHONE).required().build());

  private static Member applicant(PartyKind kind, String partyId) {
    return new Member("id-1", "walk-in", "hash", "林秀英", kind, partyId, "13912345678", Set.of(), Set.of(),
        true, false, false, Set.of(), false);
  }

  @Test
  void aCompanyStartsWithItsNameCreditCodeAndPhoneAndNothingElse() {
    assertThat(FormPrefill.of(applicant(PartyKind.ENTITY, "91350100M000100Y43"), FOOD))
        .containsExactly(java.util.Map.entry("applicantName", "林秀英"),
            java.util.Map.entry("creditCode", "91350100M000100Y43"),
            java.util.Map.entry("contactPhone", "13912345678"));
  }

  @Test
  void aPersonsIdNumberNeverFillsACreditCodeField() {
    assertThat(FormPrefill.of(applicant(PartyKind.PERSON, "350102198805120021"), FOOD))
        .containsOnlyKeys("applicantName", "contactPhone");
    assertThat(FormPrefill.of(null, FOOD)).isEmpty();
  }
}
