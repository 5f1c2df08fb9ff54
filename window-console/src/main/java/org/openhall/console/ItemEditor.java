package org.openhall.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openhall.catalogue.ItemCategory;
import org.openhall.catalogue.ItemContent;
import org.openhall.catalogue.ItemType;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.LicenceValidity;
import org.openhall.catalogue.ServiceGuide;
import org.openhall.catalogue.ServiceGuide.Fee;
import org.openhall.catalogue.ServiceGuide.LegalBasis;
import org.openhall.catalogue.ServiceGuide.ProcedureStep;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FormDefinition;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The admin's item editor as posted: the main fields, conditions one per line, and the
 * structured parts (legal basis, procedure, materials, fees, form) as JSON text. An empty
 * extension limit states none: the legal maximum applies; an empty licence validity kind states
 * none (licences are long-term).
 */
record ItemEditor(String code, String name, ItemType itemType, ItemCategory category,
    String leadDepartment, String coDepartments, String licenceTitle, Integer legalDays,
    Integer promisedDays, Integer maxExtensionDays, Integer onlineDepth, Integer visits,
    String location, String hours,
    String complaintChannel, String processKey, Boolean free, String conditions,
    String legalBasis, String procedure, String materials, String fees, String form,
    LicenceValidity.Kind licenceValidityKind, Integer licenceValidityYears,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceValidityUntil) {

  static ItemEditor blank() {
    return new ItemEditor("", "", ItemType.LICENCE, ItemCategory.PROMISED, "", "", "", 20, 10,
        null, 3, 1, "", "", "", ItemCategory.PROMISED.processKey(), true, "", "[]", "[]", "[]",
        "[]", "{\"fields\": []}", null, null, null);
  }

  static ItemEditor of(ItemVersion v, ObjectMapper json) {
    ItemContent c = v.content();
    ServiceGuide g = c.guide();
    LicenceValidity validity = c.licenceValidity();
    return new ItemEditor(v.code(), c.name(), c.itemType(), c.category(), c.leadDepartment(),
        String.join(",", g.coDepartments()), g.licenceTitle(), c.legalDays(), c.promisedDays(),
        c.maxExtensionDays(), c.onlineDepth(), g.visits(), g.location(), g.hours(),
        g.complaintChannel(), c.processKey(), Boolean.TRUE.equals(g.free()),
        String.join("\n", g.conditions()),
        write(json, g.legalBasis()), write(json, g.procedure()), write(json, g.materials()),
        write(json, g.fees()), write(json, c.form()),
        validity == null ? null : validity.kind(), validity == null ? null : validity.years(),
        validity == null ? null : validity.until());
  }

  /** The content, or a refusal listing every textarea that is not valid JSON of its kind. */
  ItemContent content(ObjectMapper json) {
    List<Violation> problems = new ArrayList<>();
    List<LegalBasis> basis = read(json, "legalBasis", legalBasis, new TypeReference<>() { },
        problems);
    List<ProcedureStep> steps = read(json, "procedure", procedure, new TypeReference<>() { },
        problems);
    List<RequiredMaterial> required = read(json, "materials", materials, new TypeReference<>() { },
        problems);
    List<Fee> feeList = read(json, "fees", fees, new TypeReference<>() { }, problems);
    FormDefinition definition = read(json, "form", form, new TypeReference<>() { }, problems);
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "ITEM_DRAFT_INVALID", problems,
          problems.size());
    }
    List<String> conditionLines = conditions == null ? List.of()
        : Arrays.stream(conditions.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
            .toList();
    List<String> co = coDepartments == null ? List.of()
        : Arrays.stream(coDepartments.split("[,，\\s]+")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
    ServiceGuide guide = new ServiceGuide(basis, conditionLines, steps, required, feeList,
        Boolean.TRUE.equals(free),
        co, blankToNull(licenceTitle), visits == null ? 0 : visits, blankToNull(location),
        blankToNull(hours), blankToNull(complaintChannel));
    return new ItemContent(name == null ? null : name.strip(), itemType, category,
        blankToNull(leadDepartment), legalDays == null ? 0 : legalDays,
        promisedDays == null ? 0 : promisedDays, maxExtensionDays,
        onlineDepth == null ? 0 : onlineDepth,
        blankToNull(processKey), guide, definition, licenceValidity());
  }

  /** Only the value the chosen kind takes is kept, so a leftover number beside LONG_TERM is no error. */
  private LicenceValidity licenceValidity() {
    if (licenceValidityKind == null) {
      return null;
    }
    return switch (licenceValidityKind) {
      case YEARS -> new LicenceValidity(licenceValidityKind, licenceValidityYears, null);
      case UNTIL -> new LicenceValidity(licenceValidityKind, null, licenceValidityUntil);
      case LONG_TERM -> LicenceValidity.longTerm();
    };
  }

  private static <T> T read(ObjectMapper json, String field, String text, TypeReference<T> type,
      List<Violation> problems) {
    try {
      return json.readValue(text == null || text.isBlank() ? "null" : text, type);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ":"
          + e.getLocation().getColumnNr();
      problems.add(new Violation(field, "CATALOGUE_FIELD_JSON_INVALID", List.of(field, where)));
      return null;
    } catch (RuntimeException e) {
      problems.add(new Violation(field, "CATALOGUE_FIELD_JSON_INVALID", List.of(field, "?")));
      return null;
    }
  }

  private static String write(ObjectMapper json, Object value) {
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot show " + value.getClass().getSimpleName(), e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
