package org.openhall.portal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.calendar.WorkingDays;
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

  PortalPages(Catalogue catalogue, ItemViews items, WorkingDays workingDays,
      AccountDirectory accounts, MaterialVault vault, CaseFiling cases, CaseViews caseViews,
      LicenceIssuing licences, Texts texts, MandateRegistry mandates, DocumentIssuing documents,
      LicenceWallet wallet, CaseFollowing following, RatingViews ratingViews,
      ResultDownloads downloads) {
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
   * renew or cancel that held licence, its form pre-filled from the case that issued it.
   */
  @GetMapping("/apply/{code}")
  String applyForm(@PathVariable String code, Principal principal, Model model,
      @RequestParam(required = false) String basedOnLicence,
      @RequestParam(required = false) String licenceAction) {
    Member me = accounts.require(principal.getName());
    model.addAttribute("uploaded", Map.of());
    ItemVersion item = catalogue.published(code);
    offerMandates(me, code, null, model);
    offerLicences(me, item, Map.of(), model);
    Map<String, String> values = Map.of();
    if (basedOnLicence != null && !basedOnLicence.isBlank()) {
      values = caseViews.formDataOfHeldLicence(basedOnLicence.strip(), me);
      onLicence(basedOnLicence.strip(), licenceAction, model);
    }
    return applyPage(item, values, List.of(), model);
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
    // Materials uploaded in an earlier, refused attempt are kept and offered again.
    Map<String, Material> uploaded = new LinkedHashMap<>();
    // 免提交: a held licence chosen for a material instead of a file
    Map<String, String> chosenLicences = new LinkedHashMap<>();
    for (RequiredMaterial r : item.guide().materials()) {
      String number = request.getParameter("licence." + r.id());
      if (r.acceptsLicence() && number != null && !number.isBlank()) {
        chosenLicences.put(r.id(), number);
      }
    }
    try {
      MultiValueMap<String, MultipartFile> files = request.getMultiFileMap();
      for (RequiredMaterial r : item.guide().materials()) {
        String earlier = request.getParameter("uploaded." + r.id());
        if (earlier != null && !earlier.isBlank()) {
          uploaded.put(r.id(), vault.ownedBy(me.id(), earlier));
        }
        for (MultipartFile file : files.getOrDefault("material." + r.id(), List.of())) {
          if (!file.isEmpty()) {
            uploaded.put(r.id(), vault.store(me.id(), file.getOriginalFilename(), file.getBytes()));
          }
        }
      }
      List<MaterialRef> refs = new ArrayList<>();
      uploaded.forEach((requirement, material) -> refs.add(new MaterialRef(requirement, material.id())));
      boolean agent = me.has(Role.AGENT);
      List<LicenceMaterialRef> given = chosenLicences.entrySet().stream()
          .map(e -> new LicenceMaterialRef(e.getKey(), e.getValue())).toList();
      var filed = cases.submit(new Submission(me, agent ? "AGENT" : "APPLICANT",
          agent ? Channel.AGENT : Channel.ONLINE, code, form, refs,
          request.getParameter("idempotencyKey"), request.getParameter("onBehalfOf"), given,
          blankToNull(request.getParameter("basedOnLicence")), action(request.getParameter("licenceAction"))));
      String number = filed.filedCase().caseNumber();
      redirect.addFlashAttribute("notice",
          texts.of("apply.submitted", locale, number));
      return "redirect:/cases/" + number;
    } catch (DomainException e) {
      model.addAttribute("uploaded", uploaded);
      offerMandates(me, code, request.getParameter("onBehalfOf"), model);
      offerLicences(me, item, chosenLicences, model);
      onLicence(request.getParameter("basedOnLicence"), request.getParameter("licenceAction"), model);
      model.addAttribute("fieldErrors", ApplyFieldErrors.of(e, item, texts, locale));
      return applyPage(item, form, texts.all(e, locale), model);
    }
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
    return "portal/apply";
  }

}
