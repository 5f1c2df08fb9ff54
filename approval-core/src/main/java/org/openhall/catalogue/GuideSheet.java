package org.openhall.catalogue;

import java.util.List;

/**
 * 办事指南 as a page shows it: an item version with its departments named. It is the one model of
 * the one guide fragment ({@code templates/guide/guide.html}) that the portal's item page and the
 * console's preview both render (ADR 0020), so the two cannot say different things.
 *
 * @param coDepartmentNames the co-departments' names, in the guide's order (joint items only)
 */
public record GuideSheet(ItemVersion version, String departmentName,
    List<String> coDepartmentNames) {

  public GuideSheet {
    coDepartmentNames = coDepartmentNames == null ? List.of() : List.copyOf(coDepartmentNames);
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
