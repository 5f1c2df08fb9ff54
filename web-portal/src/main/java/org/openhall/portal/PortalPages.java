package org.openhall.portal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import java.time.ZoneId;
import org.openhall.calendar.WorkingDays;
import org.openhall.casefile.FormHistory;
import org.openhall.draft.ApplicationDrafting;
import org.openhall.draft.ApplicationDrafting.Draft;
import org.openhall.draft.ApplicationDrafting.DraftMaterial;
import org.openhall.kernel.DomainException.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.openhall.casefile.CaseFiling;
import org.openhall.casefile.CaseFiling.Submission;
import org.openhall.casefile.LicenceAction;
import org.openhall.casefile.Channel;
import org.openhall.casefile.LicenceMaterialRef;
import org.openhall.casefile.MaterialRef;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.licence.Licence;
import org.openhall.document.DocumentIssuing;
import org.openhall.licence.LicenceIssuing;
import org.openhall.licence.LicenceWallet;
import org.openhall.mandate.MandateRegistry;
import org.openhall.material.Material;
import org.openhall.material.MaterialVault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal's pages: guides, applying, my cases, licence download and verification. */
@Controller
class PortalPages {

  private final Catalogue catalogue;
  private final ItemViews items;
  private final WorkingDays workingDays;
  private final AccountDirectory accounts;
  private final MaterialVault vault;
  private final CaseFiling cases;
  private final CaseViews caseViews;
  private final LicenceIssuing licences;
  private final Texts texts;
  private final MandateRegistry mandates;
  private final DocumentIssuing documents;
  private final LicenceWallet wallet;
  private final CaseFollowing following;
  private final RatingViews ratingViews;
  private final ResultDownloads downloads;
  private final ApplicationDrafting drafts;
  private final FormHistory history;
  private final ZoneId zone;
  private final DataSize requestLimit;

  PortalPages(Catalogue catalogue, ItemViews items, WorkingDays workingDays,
      AccountDirectory accounts, MaterialVault vault, CaseFiling cases, CaseViews caseViews,
      LicenceIssuing licences, Texts texts, MandateRegistry mandates, DocumentIssuing documents,
      LicenceWallet wallet, CaseFollowing following, RatingViews ratingViews,
      ResultDownloads downloads, ApplicationDrafting drafts, FormHistory history, Clock clock,
      @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize requestLimit) {
    this.drafts = drafts;
    this.history = history;
    this.zone = clock.getZone();
    this.requestLimit = requestLimit;
    this.following = following;
    this.downloads = downloads;
    this.wallet = wallet;
    this.ratingViews = ratingViews;
    this.catalogue = catalogue;
    this.items = items;
    this.workingDays = workingDays;
    this.accounts = accounts;
    this.vault = vault;
    this.cases = cases;
    this.caseViews = caseViews;
    this.licences = licences;
    this.texts = texts;
    this.mandates = mandates;
    this.documents = documents;
  }

  @GetMapping("/login")
  String login() {
    return "portal/login";
  }

  @GetMapping("/items/{code}")
  String item(@PathVariable String code, Model model, Locale locale) {
    ItemVersion v = catalogue.published(code);
    model.addAttribute("item", items.guide(v, locale));
    model.addAttribute("sheet", catalogue.sheet(v));
    model.addAttribute("expected", workingDays.dueDate(workingDays.today(), v.promisedDays()));
    return "portal/item";
  }

  /** A blank form or sample of the published guide, for anyone to download. */
  @GetMapping("/items/{code}/files/{sha256}")
  ResponseEntity<byte[]> guideFile(@PathVariable String code, @PathVariable String sha256) {
    Catalogue.Download d = catalogue.publishedFile(code, sha256);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, d.file().mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(d.file().fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
            .toString())
        .body(d.bytes());
  }

  /**
   * The application form; with {@code basedOnLicence} and {@code licenceAction} it applies to change,
   * renew or cancel that held licence, its form pre-filled from the case that issued it. Otherwise it
   * resumes the account's saved draft of the item (申请草稿), or starts pre-filled from the profile and
   * the applicant's most recent earlier case (历史办件库). {@code tooLarge}: the last attempt was over
   * the server's request limit and never arrived.
   */
  @GetMapping("/apply/{code}")
  String applyForm(@PathVariable String code, Principal principal, Model model, Locale locale,
      @RequestParam(required = false) String basedOnLicence,
      @RequestParam(required = false) String licenceAction,
      @RequestParam(required = false) String tooLarge) {
    Member me = accounts.require(principal.getName());
    ItemVersion item = catalogue.published(code);
    Map<String, String> values = Map.of();
    Map<String, Material> uploaded = new LinkedHashMap<>();
    Map<String, String> chosenLicences = new LinkedHashMap<>();
    String chosenMandate = null;
    if (basedOnLicence != null && !basedOnLicence.isBlank()) {
      values = caseViews.formDataOfHeldLicence(basedOnLicence.strip(), me);
      onLicence(basedOnLicence.strip(), licenceAction, model);
    } else {
      Optional<Draft> draft = drafts.find(me, item.code());
      if (draft.isPresent()) {
        values = draft.get().formData();
        resume(draft.get(), me, uploaded, chosenLicences);
        chosenMandate = draft.get().mandateId();
        model.addAttribute("draft", DraftNotice.of(draft.get(), zone));
      } else {
        FormHistory.Prefill prefill = prefill(me, item);
        values = prefill.values();
        if (!prefill.isEmpty()) {
          model.addAttribute("prefill", prefill);
        }
      }
    }
    offerMandates(me, code, chosenMandate, model);
    offerLicences(me, item, chosenLicences, model);
    offerVault(me, uploaded, model);
    List<String> errors = tooLarge == null ? List.of()
        : List.of(texts.of("apply.tooLarge", locale, requestLimit.toMegabytes()));
    return applyPage(item, values, errors, model);
  }

  /**
   * 历史办件库 and the profile, for the applicant the form is for: oneself, or an agent's principal when
   * the agent has exactly one mandate usable for this item (never the agent's own details).
   */
  private FormHistory.Prefill prefill(Member me, ItemVersion item) {
    if (!me.has(Role.AGENT)) {
      return history.prefill(me, item);
    }
    var usable = mandates.usableFor(me.id(), item.code());
    if (usable.size() != 1) {
      return new FormHistory.Prefill(Map.of(), false, null);
    }
    return history.prefill(mandates.requireValid(me.id(), usable.get(0).id(), item.code()).principal(), item);
  }

  /** The draft's materials as the page offers them: vault files kept, held licences chosen. */
  private void resume(Draft draft, Member me, Map<String, Material> uploaded, Map<String, String> licences) {
    for (DraftMaterial m : draft.materials()) {
      if (m.licenceNumber() != null && !m.licenceNumber().isBlank()) {
        licences.put(m.requirementId(), m.licenceNumber());
      } else if (m.materialId() != null) {
        try {
          uploaded.put(m.requirementId(), vault.ownedBy(me.id(), m.materialId()));
        } catch (DomainException gone) {
          // no longer in the vault: the material is simply not chosen any more
        }
      }
    }
  }

  private static void onLicence(String basedOnLicence, String licenceAction, Model model) {
    if (basedOnLicence != null && !basedOnLicence.isBlank()) {
      model.addAttribute("basedOnLicence", basedOnLicence);
      model.addAttribute("licenceAction", action(licenceAction));
    }
  }

  private static LicenceAction action(String value) {
    for (LicenceAction a : LicenceAction.values()) {
      if (a.name().equals(value)) {
        return a;
      }
    }
    return null;
  }

  /**
   * Files the application, or with {@code action=save} keeps it as the account's draft (申请草稿).
   * Every file is stored in the vault as it arrives, so a refusal of anything keeps every accepted file
   * (and everything typed); a refused file is reported together with every problem of the form and the
   * other materials, in one round.
   */
  @PostMapping("/apply/{code}")
  String apply(@PathVariable String code, Principal principal,
      MultipartHttpServletRequest request, RedirectAttributes redirect, Model model,
      Locale locale) throws IOException {
    ItemVersion item = catalogue.published(code);
    Member me = accounts.require(principal.getName());
    Map<String, String> form = new LinkedHashMap<>();
    item.form().fields().forEach(f -> {
      String value = request.getParameter("form." + f.key());
      if (value != null) {
        form.put(f.key(), value);
      }
    });
    // 免提交: a held licence chosen for a material instead of a file
    Map<String, String> chosenLicences = new LinkedHashMap<>();
    for (RequiredMaterial r : item.guide().materials()) {
      String number = request.getParameter("licence." + r.id());
      if (r.acceptsLicence() && number != null && !number.isBlank()) {
        chosenLicences.put(r.id(), number);
      }
    }
    // per material: a new upload, else a file picked from the vault, else one kept from an earlier attempt
    Map<String, Material> uploaded = new LinkedHashMap<>();
    Map<String, String> refusedUploads = new LinkedHashMap<>();
    MultiValueMap<String, MultipartFile> files = request.getMultiFileMap();
    for (RequiredMaterial r : item.guide().materials()) {
      for (String kept : new String[] {request.getParameter("uploaded." + r.id()),
          request.getParameter("vault." + r.id())}) {
        if (kept != null && !kept.isBlank()) {
          try {
            uploaded.put(r.id(), vault.ownedBy(me.id(), kept.strip()));
          } catch (DomainException notTheirs) {
            refusedUploads.put("material." + r.id(), texts.of(notTheirs, locale));
          }
        }
      }
      for (MultipartFile file : files.getOrDefault("material." + r.id(), List.of())) {
        if (!file.isEmpty()) {
          try {
            uploaded.put(r.id(), vault.store(me.id(), file.getOriginalFilename(), file.getBytes()));
            refusedUploads.remove("material." + r.id());
          } catch (DomainException refused) {
            refusedUploads.put("material." + r.id(), texts.of(refused, locale));
          }
        }
      }
    }
    String onBehalfOf = request.getParameter("onBehalfOf");
    if ("save".equals(request.getParameter("action"))) {
      List<DraftMaterial> chosen = new ArrayList<>();
      uploaded.forEach((requirement, material) -> chosen.add(new DraftMaterial(requirement, material.id(), null)));
      chosenLicences.forEach((requirement, number) -> chosen.add(new DraftMaterial(requirement, null, number)));
      try {
        Draft saved = drafts.save(me, item.code(), form, chosen, onBehalfOf).draft();
        if (refusedUploads.isEmpty()) {
          redirect.addFlashAttribute("notice", texts.of("draft.saved", locale));
          return "redirect:/apply/" + item.code();
        }
        model.addAttribute("draft", DraftNotice.of(saved, zone));
        return refusedPage(item, me, form, uploaded, chosenLicences, request, List.of(), refusedUploads,
            model, locale);
      } catch (DomainException e) {
        return refusedPage(item, me, form, uploaded, chosenLicences, request, violations(e), refusedUploads,
            model, locale);
      }
    }
    List<MaterialRef> refs = new ArrayList<>();
    uploaded.forEach((requirement, material) -> refs.add(new MaterialRef(requirement, material.id())));
    boolean agent = me.has(Role.AGENT);
    List<LicenceMaterialRef> given = chosenLicences.entrySet().stream()
        .map(e -> new LicenceMaterialRef(e.getKey(), e.getValue())).toList();
    Submission submission = new Submission(me, agent ? "AGENT" : "APPLICANT",
        agent ? Channel.AGENT : Channel.ONLINE, code, form, refs,
        request.getParameter("idempotencyKey"), onBehalfOf, given,
        blankToNull(request.getParameter("basedOnLicence")), action(request.getParameter("licenceAction")));
    if (!refusedUploads.isEmpty()) {
      return refusedPage(item, me, form, uploaded, chosenLicences, request, cases.problems(submission),
          refusedUploads, model, locale);
    }
    try {
      var filed = cases.submit(submission);
      drafts.filed(me, item.code());
      String number = filed.filedCase().caseNumber();
      redirect.addFlashAttribute("notice",
          texts.of("apply.submitted", locale, number));
      redirect.addFlashAttribute("justSubmitted", true);
      return "redirect:/cases/" + number;
    } catch (DomainException e) {
      return refusedPage(item, me, form, uploaded, chosenLicences, request, violations(e), refusedUploads,
          model, locale);
    }
  }

  private static List<Violation> violations(DomainException e) {
    return e.violations().isEmpty() ? List.of(new Violation(null, e.code(), List.of(e.args())))
        : e.violations();
  }

  /**
   * The form again with everything given kept, every problem listed on top and beside its field; a file
   * the vault refused stands for its material (no second "missing" for it).
   */
  private String refusedPage(ItemVersion item, Member me, Map<String, String> form,
      Map<String, Material> uploaded, Map<String, String> chosenLicences, MultipartHttpServletRequest request,
      List<Violation> problems, Map<String, String> refusedUploads, Model model, Locale locale) {
    Map<String, List<String>> byField = ApplyFieldErrors.of(problems, item, texts, locale);
    List<String> errors = new ArrayList<>();
    refusedUploads.forEach((control, message) -> {
      byField.put(control, new ArrayList<>(List.of(message)));
      errors.add(message);
    });
    for (Violation v : problems) {
      String control = ApplyFieldErrors.control(v, item);
      if (control == null || !refusedUploads.containsKey(control)) {
        errors.add(texts.of(v.code(), locale, v.args().toArray()));
      }
    }
    model.addAttribute("uploaded", uploaded);
    offerMandates(me, item.code(), request.getParameter("onBehalfOf"), model);
    offerLicences(me, item, chosenLicences, model);
    offerVault(me, uploaded, model);
    onLicence(request.getParameter("basedOnLicence"), request.getParameter("licenceAction"), model);
    model.addAttribute("fieldErrors", byField);
    return applyPage(item, form, errors, model);
  }

  @GetMapping("/cases")
  String myCases(Principal principal, Model model) {
    model.addAttribute("cases", caseViews.summariesOf(accounts.require(principal.getName()).id()));
    return "portal/cases";
  }

  @GetMapping("/cases/{caseNumber}")
  String myCase(@PathVariable String caseNumber, Principal principal, Model model, Locale locale) {
    Member me = accounts.require(principal.getName());
    model.addAttribute("c", caseViews.viewOwned(caseNumber, me));
    model.addAttribute("documents", documents.listed(caseNumber, me, locale));
    model.addAttribute("materialNames", caseViews.materialNames(caseNumber, me, locale));
    model.addAttribute("itemName", caseViews.itemName(caseNumber, me, locale));
    // follow and act (issue 10.3): stage bar, correction answer, 容缺, withdrawal; see CaseFollowPages
    model.addAttribute("follow", following.of(caseNumber, me));
    model.addAttribute("rating", ratingViews.block(caseNumber, me));
    return "portal/case";
  }

  @GetMapping("/cases/{caseNumber}/licence.pdf")
  ResponseEntity<byte[]> licence(@PathVariable String caseNumber, Principal principal) {
    Member me = accounts.require(principal.getName());
    var c = caseViews.viewOwned(caseNumber, me);
    byte[] pdf = licences.pdfOf(c.caseNumber());
    downloads.licence(c.caseNumber(), me);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("licence-" + c.caseNumber() + ".pdf").build().toString())
        .body(pdf);
  }

  @GetMapping({"/verify", "/verify/{code}"})
  String verify(@PathVariable(required = false) String code,
      @RequestParam(name = "code", required = false) String typed, Model model) {
    String wanted = code != null ? code : typed;
    if (wanted != null && !wanted.isBlank()) {
      model.addAttribute("code", wanted);
      try {
        Licence l = licences.verify(wanted);
        model.addAttribute("licence", l);
        model.addAttribute("status", l.statusOn(workingDays.today()));
        model.addAttribute("holder", PublicApi.masked(l.holderName()));
      } catch (DomainException notALicence) {
        try {
          model.addAttribute("document", documents.check(wanted));
        } catch (DomainException unknown) {
          model.addAttribute("unknown", true);
        }
      }
    }
    return "portal/verify";
  }

  /** 代办: an agent files under one of the mandates that allow this item today. */
  private void offerMandates(Member me, String itemCode, String chosen, Model model) {
    model.addAttribute("agent", me.has(Role.AGENT));
    model.addAttribute("mandates", me.has(Role.AGENT) ? mandates.usableFor(me.id(), itemCode) : List.of());
    model.addAttribute("chosenMandate", chosen);
  }

  /**
   * 免提交: for each material that a licence may stand for, the applicant's own licences of that item
   * valid today. An agent files for a principal, whose wallet the agent does not see: no offer.
   */
  private void offerLicences(Member me, ItemVersion item, Map<String, String> chosen, Model model) {
    Map<String, List<Licence>> offered = new LinkedHashMap<>();
    if (!me.has(Role.AGENT)) {
      for (RequiredMaterial r : item.guide().materials()) {
        if (r.acceptsLicence()) {
          offered.put(r.id(), wallet.validHeldBy(me, r.licenceItemCode()));
        }
      }
    }
    model.addAttribute("heldLicences", offered);
    model.addAttribute("chosenLicences", chosen);
  }

  /** 电子要件库: the caller's vault to pick a file from for each material; a kept file is picked already. */
  private void offerVault(Member me, Map<String, Material> uploaded, Model model) {
    model.addAttribute("uploaded", uploaded);
    model.addAttribute("vaultEntries", vault.vaultOf(me.id()).stream()
        .map(m -> new CaseFollowing.VaultEntry(m.id(), m.fileName(), m.uploadedAt().atZone(zone).toLocalDate()))
        .toList());
    Map<String, String> picked = new LinkedHashMap<>();
    uploaded.forEach((requirement, material) -> picked.put(requirement, material.id()));
    model.addAttribute("pickedFromVault", picked);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String applyPage(ItemVersion item, Map<String, String> values, List<String> errors,
      Model model) {
    model.addAttribute("item", item);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("fieldErrors")) {
      model.addAttribute("fieldErrors", Map.of());
    }
    model.addAttribute("idempotencyKey", java.util.UUID.randomUUID().toString());
    model.addAttribute("maxFileBytes", vault.maxBytes());
    model.addAttribute("maxFileMegabytes", vault.maxBytes() / (1024 * 1024));
    return "portal/apply";
  }

}
