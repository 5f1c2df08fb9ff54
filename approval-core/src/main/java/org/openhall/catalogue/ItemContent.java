package org.openhall.catalogue;

import org.openhall.kernel.LocalizedText;
import org.openhall.catalogue.form.FormDefinition;

/**
 * Everything an admin edits on an item version: the main fields, the guide (七公开) and the form.
 * A draft takes a whole new content; a published version never does.
 *
 * @param maxExtensionDays the most working days one extension may grant, as the item states it;
 *     {@code null} when it states none and the legal maximum applies (10, 15 for joint items)
 * @param licenceValidity how long a licence issued under the item is valid; {@code null} when
 *     the item states none (its licences are then long-term)
 */
public record ItemContent(String name, ItemType itemType, ItemCategory category,
    String leadDepartment, int legalDays, int promisedDays, Integer maxExtensionDays,
    int onlineDepth, String processKey, ServiceGuide guide, FormDefinition form,
    LicenceValidity licenceValidity) {

  public ItemContent {
    guide = guide == null ? new ServiceGuide(null, null, null, null, null, null, null, null, 0,
        null, null, null) : guide;
    form = form == null ? new FormDefinition(null) : form;
  }

  /** Content that states no licence validity. */
  public ItemContent(String name, ItemType itemType, ItemCategory category,
      String leadDepartment, int legalDays, int promisedDays, Integer maxExtensionDays,
      int onlineDepth, String processKey, ServiceGuide guide, FormDefinition form) {
    this(name, itemType, category, leadDepartment, legalDays, promisedDays, maxExtensionDays,
        onlineDepth, processKey, guide, form, null);
  }

  /** The same content without its English texts: what a published version promises in law. */
  public ItemContent withoutTranslations() {
    return new ItemContent(name, itemType, category, leadDepartment, legalDays, promisedDays,
        maxExtensionDays, onlineDepth, processKey, guide.withoutTranslations(),
        form.withoutTranslations(), licenceValidity);
  }

  /** The item's name for a locale; the English name travels in the guide ({@code nameEn}). */
  public LocalizedText nameIn(java.util.Locale locale) {
    return LocalizedText.of(name, guide.nameEn(), locale);
  }

  /** The same content with another stated extension limit ({@code null}: the legal maximum). */
  public ItemContent withMaxExtensionDays(Integer days) {
    return new ItemContent(name, itemType, category, leadDepartment, legalDays, promisedDays,
        days, onlineDepth, processKey, guide, form, licenceValidity);
  }

  /** The same content with another licence validity ({@code null}: none stated). */
  public ItemContent withLicenceValidity(LicenceValidity validity) {
    return new ItemContent(name, itemType, category, leadDepartment, legalDays, promisedDays,
        maxExtensionDays, onlineDepth, processKey, guide, form, validity);
  }
}
