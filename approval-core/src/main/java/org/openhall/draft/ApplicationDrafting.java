package org.openhall.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.form.FormField;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.mandate.MandateRegistry;
import org.openhall.material.MaterialVault;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申请草稿: saves, resumes and discards an account's unfinished applications, one per item. A draft is
 * never checked like a filing (it may be incomplete); it only refuses what could never be filed: an
 * unknown material requirement, a material not in the saver's vault, a mandate the agent may not use.
 * Nobody sees or deletes another account's draft: it answers 404 as if there were none.
 */
@Service
public class ApplicationDrafting {

  /** The longest value a draft keeps for one field; longer is refused, never cut silently. */
  static final int MAX_VALUE_LENGTH = 4000;

  private static final TypeReference<LinkedHashMap<String, String>> FORM = new TypeReference<>() { };
  private static final TypeReference<List<DraftMaterial>> MATERIALS = new TypeReference<>() { };

  private final ApplicationDrafts drafts;
  private final Catalogue catalogue;
  private final MaterialVault vault;
  private final MandateRegistry mandates;
  private final ObjectMapper json;
  private final Clock clock;

  ApplicationDrafting(ApplicationDrafts drafts, Catalogue catalogue, MaterialVault vault,
      MandateRegistry mandates, ObjectMapper json, Clock clock) {
    this.drafts = drafts;
    this.catalogue = catalogue;
    this.vault = vault;
    this.mandates = mandates;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Saves {@code owner}'s draft for the published item, replacing an earlier one; {@code onBehalfOf}
   * (an agent's mandate, or the principal's ID number or credit code) is checked as a filing would.
   */
  @Transactional
  public Saved save(Member owner, String itemCode, Map<String, String> formData,
      List<DraftMaterial> materials, String onBehalfOf) {
    ItemVersion item = catalogue.published(itemCode);
    String mandateId = onBehalfOf == null || onBehalfOf.isBlank() ? null
        : mandates.requireValid(owner.id(), onBehalfOf, item.code()).mandateId();
    List<Violation> problems = new ArrayList<>();
    Map<String, String> form = new LinkedHashMap<>();
    Map<String, String> given = formData == null ? Map.of() : formData;
    for (FormField f : item.form().fields()) {
      String value = given.get(f.key());
      if (value == null) {
        continue;
      }
      if (value.length() > MAX_VALUE_LENGTH) {
        problems.add(new Violation("formData." + f.key(), "DRAFT_VALUE_TOO_LONG",
            List.of(f.label(), MAX_VALUE_LENGTH)));
      } else {
        form.put(f.key(), value);
      }
    }
    List<DraftMaterial> chosen = new ArrayList<>();
    List<DraftMaterial> list = materials == null ? List.of() : materials;
    for (int i = 0; i < list.size(); i++) {
      DraftMaterial m = list.get(i);
      if (m == null || m.isEmpty()) {
        continue;
      }
      if (m.requirementId() == null || item.requirement(m.requirementId()).isEmpty()) {
        problems.add(new Violation("materials[" + i + "].requirementId", "REQUIREMENT_UNKNOWN",
            List.of(String.valueOf(m.requirementId()))));
      } else if (m.isLicence()) {
        if (m.licenceNumber().strip().length() > 64) {
          problems.add(new Violation("materials[" + i + "].licenceNumber", "DRAFT_VALUE_TOO_LONG",
              List.of(item.requirement(m.requirementId()).get().name(), 64)));
        } else {
          chosen.add(new DraftMaterial(m.requirementId(), null, m.licenceNumber().strip()));
        }
      } else {
        try {
          chosen.add(new DraftMaterial(m.requirementId(), vault.ownedBy(owner.id(), m.materialId()).id(), null));
        } catch (DomainException notTheirs) {
          problems.add(new Violation("materials[" + i + "].materialId", "MATERIAL_NOT_FOUND",
              List.of(String.valueOf(m.materialId()))));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    Optional<ApplicationDraft> earlier = drafts.findByAccountIdAndItemCode(owner.id(), item.code());
    ApplicationDraft draft = earlier.orElseGet(() -> new ApplicationDraft(owner.id(), item.code()));
    draft.save(item.version(), mandateId, write(form), write(chosen), clock.instant());
    try {
      drafts.saveAndFlush(draft);
    } catch (DataIntegrityViolationException raced) {
      // the same account saved the same item's draft twice at the same moment: the other one stands
      throw DomainException.conflict("DRAFT_SAVED_CONCURRENTLY");
    }
    return new Saved(view(draft), earlier.isEmpty());
  }

  /** The account's drafts, most recently saved first. */
  @Transactional(readOnly = true)
  public List<Draft> of(Member owner) {
    return drafts.findByAccountIdOrderBySavedAtDesc(owner.id()).stream().map(this::view).toList();
  }

  /** The account's draft for the item, if it saved one. */
  @Transactional(readOnly = true)
  public Optional<Draft> find(Member owner, String itemCode) {
    return drafts.findByAccountIdAndItemCode(owner.id(), itemCode).map(this::view);
  }

  /** The account's draft for the item; 404 {@code DRAFT_NOT_FOUND} when it has none. */
  @Transactional(readOnly = true)
  public Draft require(Member owner, String itemCode) {
    return find(owner, itemCode).orElseThrow(() -> DomainException.notFound("DRAFT_NOT_FOUND", itemCode));
  }

  /** Deletes the account's draft for the item; 404 {@code DRAFT_NOT_FOUND} when it has none. */
  @Transactional
  public void discard(Member owner, String itemCode) {
    ApplicationDraft draft = drafts.findByAccountIdAndItemCode(owner.id(), itemCode)
        .orElseThrow(() -> DomainException.notFound("DRAFT_NOT_FOUND", itemCode));
    drafts.delete(draft);
  }

  /** The application was filed: its draft, if any, has served its purpose. */
  @Transactional
  public void filed(Member filer, String itemCode) {
    drafts.findByAccountIdAndItemCode(filer.id(), itemCode).ifPresent(drafts::delete);
  }

  /**
   * The draft as it can be used now: against the item's current published version, fields and
   * materials that no longer exist are dropped and named; a withdrawn item keeps everything as saved.
   */
  private Draft view(ApplicationDraft d) {
    Map<String, String> saved = read(d.formDataJson(), FORM);
    List<DraftMaterial> materials = read(d.materialsJson(), MATERIALS);
    Optional<ItemVersion> current = publishedVersion(d.itemCode());
    if (current.isEmpty()) {
      return new Draft(d.itemCode(), d.itemVersion(), null, d.mandateId(), saved, materials, List.of(),
          List.of(), d.savedAt());
    }
    ItemVersion item = current.get();
    Map<String, String> form = new LinkedHashMap<>();
    List<String> droppedFields = new ArrayList<>();
    saved.forEach((key, value) -> {
      if (item.form().fields().stream().anyMatch(f -> f.key().equals(key))) {
        form.put(key, value);
      } else {
        droppedFields.add(key);
      }
    });
    List<DraftMaterial> kept = new ArrayList<>();
    List<String> droppedMaterials = new ArrayList<>();
    for (DraftMaterial m : materials) {
      if (item.requirement(m.requirementId()).isPresent()) {
        kept.add(m);
      } else {
        droppedMaterials.add(m.requirementId());
      }
    }
    return new Draft(d.itemCode(), d.itemVersion(), item.version(), d.mandateId(), form, kept,
        droppedFields, droppedMaterials, d.savedAt());
  }

  private Optional<ItemVersion> publishedVersion(String itemCode) {
    try {
      return Optional.of(catalogue.published(itemCode));
    } catch (DomainException noLongerOffered) {
      return Optional.empty();
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("draft cannot be written", e);
    }
  }

  private <T> T read(String value, TypeReference<T> type) {
    try {
      return json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored draft is unreadable", e);
    }
  }

  /**
   * A material chosen for a requirement: a file of the vault ({@code materialId}) or, where the
   * requirement accepts one, a held licence ({@code licenceNumber}, 免提交).
   */
  public record DraftMaterial(String requirementId, String materialId, String licenceNumber) {

    boolean isLicence() {
      return licenceNumber != null && !licenceNumber.isBlank();
    }

    boolean isEmpty() {
      return !isLicence() && (materialId == null || materialId.isBlank());
    }
  }

  /**
   * A saved draft as usable now. {@code savedVersion} is the item version it was typed against,
   * {@code currentVersion} the published one (null when the item is no longer offered);
   * {@code droppedFields} and {@code droppedMaterials} name what the current version no longer has.
   */
  public record Draft(String itemCode, int savedVersion, Integer currentVersion, String mandateId,
      Map<String, String> formData, List<DraftMaterial> materials, List<String> droppedFields,
      List<String> droppedMaterials, Instant savedAt) {

    /** Whether the item changed since the draft was saved (or is no longer offered). */
    public boolean versionChanged() {
      return currentVersion == null || currentVersion != savedVersion;
    }
  }

  /** The saved draft and whether this save created it (false: an earlier draft was replaced). */
  public record Saved(Draft draft, boolean created) {
  }
}
