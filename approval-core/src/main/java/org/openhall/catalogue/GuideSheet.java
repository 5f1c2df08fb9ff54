package org.openhall.catalogue;

import java.util.List;
import java.util.Locale;
import org.openhall.kernel.LocalizedText;

/**
 * 办事指南 as a page shows it: an item version with its departments named. It is the one model of
 * the one guide fragment ({@code templates/guide/guide.html}) that the portal's item page and the
 * console's preview both render (ADR 0020), so the two cannot say different things.
 *
 * @param coDepartmentNames the co-departments' names, in the guide's order (joint items only)
 */
public record GuideSheet(ItemVersion version, String departmentName,
    List<String> coDepartmentNames, String departmentNameEn, List<String> coDepartmentNamesEn) {

  public GuideSheet {
    coDepartmentNames = coDepartmentNames == null ? List.of() : List.copyOf(coDepartmentNames);
    coDepartmentNamesEn = coDepartmentNamesEn == null ? List.of()
        : coDepartmentNamesEn.stream().map(n -> n == null ? "" : n).toList();
  }

  /** A sheet whose departments have no English names. */
  public GuideSheet(ItemVersion version, String departmentName, List<String> coDepartmentNames) {
    this(version, departmentName, coDepartmentNames, null, null);
  }

  /** The item's name for a locale. */
  public LocalizedText nameIn(Locale locale) {
    return version.nameIn(locale);
  }

  /** The lead department's name for a locale. */
  public LocalizedText departmentNameIn(Locale locale) {
    return LocalizedText.of(departmentName, departmentNameEn, locale);
  }

  /** The co-departments' names for a locale, in the guide's order. */
  public List<LocalizedText> coDepartmentNamesIn(Locale locale) {
    return java.util.stream.IntStream.range(0, coDepartmentNames.size())
        .mapToObj(i -> LocalizedText.of(coDepartmentNames.get(i),
            i < coDepartmentNamesEn.size() ? coDepartmentNamesEn.get(i) : null, locale))
        .toList();
  }

  /** The guide's disclosures. */
  public ServiceGuide guide() {
    return version.guide();
  }

  /** Whether the item issues a licence, i.e. names its title. */
  public boolean issuesLicence() {
    String title = version.guide().licenceTitle();
    return title != null && !title.isBlank();
  }

  /** The licence validity in force: the stated one, or long-term when none is stated. */
  public LicenceValidity licenceValidity() {
    return version.licenceValidity() == null ? LicenceValidity.longTerm()
        : version.licenceValidity();
  }
}
