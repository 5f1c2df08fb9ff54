package org.openhall.catalogue;

import org.openhall.kernel.LocalizedText;
import java.util.List;
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

  /**
   * This content with the English texts of {@code previous} kept wherever this content has none
   * and its Chinese text is unchanged: an editor that shows only the Chinese texts must not drop
   * the translations of what it did not change (ADR 0025). Matching is by the Chinese text (and a
   * material's id, a field's key, an option's value). A field's English label is the editor's
   * own input and is taken as it comes.
   */
  public ItemContent keepingTranslationsOf(ItemContent previous) {
    if (previous == null) {
      return this;
    }
    ServiceGuide p = previous.guide();
    ServiceGuide g = guide;
    java.util.Map<String, String> conditionsEn = new java.util.HashMap<>();
    for (int i = 0; i < p.conditions().size(); i++) {
      String en = p.conditionsEn() != null && i < p.conditionsEn().size()
          ? p.conditionsEn().get(i) : "";
      conditionsEn.put(p.conditions().get(i), en);
    }
    List<String> conditions = g.conditions().stream()
        .map(c -> conditionsEn.getOrDefault(c, "")).toList();
    ServiceGuide kept = new ServiceGuide(
        g.legalBasis().stream().map(b -> b == null || b.lawEn() != null ? b : p.legalBasis().stream()
            .filter(o -> o != null && java.util.Objects.equals(o.law(), b.law())
                && java.util.Objects.equals(o.article(), b.article()))
            .findFirst().map(o -> new ServiceGuide.LegalBasis(b.law(), b.article(), b.text(),
                o.lawEn(), o.articleEn(),
                java.util.Objects.equals(o.text(), b.text()) ? o.textEn() : null))
            .orElse(b)).toList(),
        g.conditions(),
        g.procedure().stream().map(s -> s == null || s.stepEn() != null ? s : p.procedure().stream()
            .filter(o -> o != null && java.util.Objects.equals(o.step(), s.step())).findFirst()
            .map(o -> new ServiceGuide.ProcedureStep(s.step(), s.description(), o.stepEn(),
                java.util.Objects.equals(o.description(), s.description()) ? o.descriptionEn() : null))
            .orElse(s)).toList(),
        g.materials().stream().map(m -> m == null || m.nameEn() != null ? m : p.materials().stream()
            .filter(o -> o != null && java.util.Objects.equals(o.id(), m.id())
                && java.util.Objects.equals(o.name(), m.name())).findFirst()
            .map(o -> new ServiceGuide.RequiredMaterial(m.id(), m.name(), m.required(),
                m.deferrable(), m.originals(), m.copies(), m.source(), m.note(), m.blankForm(),
                m.sample(), m.licenceItemCode(), o.nameEn(),
                java.util.Objects.equals(o.source(), m.source()) ? o.sourceEn() : null,
                java.util.Objects.equals(o.note(), m.note()) ? o.noteEn() : null))
            .orElse(m)).toList(),
        g.fees().stream().map(f -> f == null || f.nameEn() != null ? f : p.fees().stream()
            .filter(o -> o != null && java.util.Objects.equals(o.name(), f.name())).findFirst()
            .map(o -> new ServiceGuide.Fee(f.name(), f.amount(), f.basis(), o.nameEn(),
                java.util.Objects.equals(o.basis(), f.basis()) ? o.basisEn() : null))
            .orElse(f)).toList(),
        g.free(), g.coDepartments(), g.licenceTitle(), g.visits(), g.location(), g.hours(),
        g.complaintChannel(),
        keep(g.nameEn(), name, previous.name(), p.nameEn()),
        keep(g.licenceTitleEn(), g.licenceTitle(), p.licenceTitle(), p.licenceTitleEn()),
        g.conditionsEn() != null || conditions.stream().allMatch(String::isEmpty)
            ? g.conditionsEn() : conditions,
        keep(g.locationEn(), g.location(), p.location(), p.locationEn()),
        keep(g.hoursEn(), g.hours(), p.hours(), p.hoursEn()),
        keep(g.complaintChannelEn(), g.complaintChannel(), p.complaintChannel(),
            p.complaintChannelEn()));
    FormDefinition keptForm = new FormDefinition(form.fields().stream().map(f -> f == null ? null
        : previous.form().field(f.key()).map(o -> new org.openhall.catalogue.form.FormField(
            f.key(), f.label(), f.labelEn(), f.type(),
            f.required(), f.minLength(), f.maxLength(), f.min(), f.max(), f.pattern(),
            f.patternMessage(), f.options() == null ? null : f.options().stream()
                .map(x -> x == null || x.labelEn() != null || o.options() == null ? x
                    : o.options().stream().filter(y -> y != null
                        && java.util.Objects.equals(y.value(), x.value())
                        && java.util.Objects.equals(y.label(), x.label())).findFirst()
                        .map(y -> new org.openhall.catalogue.form.FieldOption(x.value(), x.label(),
                            y.labelEn())).orElse(x)).toList(),
            f.showWhen(), f.help(), keep(f.helpEn(), f.help(), o.help(), o.helpEn()),
            keep(f.patternMessageEn(), f.patternMessage(), o.patternMessage(),
                o.patternMessageEn()))).orElse(f)).toList());
    return new ItemContent(name, itemType, category, leadDepartment, legalDays, promisedDays,
        maxExtensionDays, onlineDepth, processKey, kept, keptForm, licenceValidity);
  }

  private static String keep(String en, String zh, String previousZh, String previousEn) {
    return en != null || !java.util.Objects.equals(zh, previousZh) ? en : previousEn;
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
