package org.openhall.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.CatalogueAdministration;
import org.openhall.catalogue.CatalogueExchange;
import org.openhall.catalogue.GuideFile;
import org.openhall.catalogue.ItemCategory;
import org.openhall.catalogue.ItemType;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.form.FieldType;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's catalogue pages: the item list, create and edit drafts, preview a version as the
 * citizen will see it, publish, retire, attach blank forms and samples, export and import.
 */
@Controller
@RequestMapping("/console/catalogue")
class CataloguePages {

  private final Catalogue catalogue;
  private final CatalogueAdministration admin;
  private final CatalogueExchange exchange;
  private final MessageSource messages;

  CataloguePages(Catalogue catalogue, CatalogueAdministration admin, CatalogueExchange exchange,
      MessageSource messages) {
    this.catalogue = catalogue;
    this.admin = admin;
    this.exchange = exchange;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("items", admin.items());
    return "console/catalogue/list";
  }

  @GetMapping("/new")
  String newItem(Model model) {
    return editor(ItemEditor.blank(), null, EditorProblems.none(), model);
  }

  /**
   * Saves the new item, or (a row button: {@code op=add:materials}, {@code up:fees:2} …) shows
   * the editor again with that row added, moved or removed and nothing saved: plain forms, no
   * script needed.
   */
  @PostMapping("/new")
  String create(@ModelAttribute ItemEditor form, BindingResult binding,
      @RequestParam(required = false) String op, Model model, Locale locale) {
    if (binding.hasErrors()) {
      return editor(form, null, bindingErrors(binding, locale), model);
    }
    if (op != null && !op.isBlank()) {
      return rowOperation(form, null, op, model);
    }
    try {
      ItemVersion draft = admin.create(form.code(), form.content(Map.of()), form.unreadable());
      return "redirect:/console/catalogue/versions/" + draft.id();
    } catch (DomainException e) {
      return editor(form, null, EditorProblems.of(e, form, messages, locale), model);
    }
  }

  /** Starts (or continues) the draft of an item: a published version is never edited. */
  @PostMapping("/items/{code}/draft")
  String draft(@PathVariable String code) {
    return "redirect:/console/catalogue/versions/" + admin.draftOf(code).id() + "/edit";
  }

  @GetMapping("/versions/{id}")
  String preview(@PathVariable String id, Model model, Locale locale) {
    ItemVersion v = admin.version(id);
    model.addAttribute("v", v);
    model.addAttribute("sheet", catalogue.sheet(v));
    model.addAttribute("problems", v.isDraft() ? admin.publicationProblems(id).stream()
        .map(p -> message(p.code(), p.args().toArray(), locale)).toList() : List.of());
    model.addAttribute("versions", admin.item(v.code()).versions());
    return "console/catalogue/preview";
  }

  @GetMapping("/versions/{id}/edit")
  String edit(@PathVariable String id, Model model, Locale locale) {
    ItemVersion v = admin.version(id);
    ItemEditor form = ItemEditor.of(v);
    return editor(form, v, v.isDraft() ? EditorProblems.pending(admin.publicationProblems(id),
        form, messages, locale) : EditorProblems.none(), model);
  }

  /** Saves the draft, or applies one row operation without saving (see {@link #create}). */
  @PostMapping("/versions/{id}/edit")
  String revise(@PathVariable String id, @ModelAttribute ItemEditor form, BindingResult binding,
      @RequestParam(required = false) String op, Model model, RedirectAttributes redirect,
      Locale locale) {
    ItemVersion v = admin.version(id);
    if (binding.hasErrors()) {
      return editor(form, v, bindingErrors(binding, locale), model);
    }
    if (op != null && !op.isBlank()) {
      return rowOperation(form, v, op, model);
    }
    try {
      // the editor shows only the Chinese texts (and field labels): keep the English of the rest
      admin.revise(id, form.content(ItemEditor.files(v)).keepingTranslationsOf(v.content()),
          form.unreadable());
      redirect.addFlashAttribute("notice", messages.getMessage("admin.saved", null, locale));
      return "redirect:/console/catalogue/versions/" + id;
    } catch (DomainException e) {
      return editor(form, v, EditorProblems.of(e, form, messages, locale), model);
    }
  }

  private String rowOperation(ItemEditor form, ItemVersion v, String op, Model model) {
    ItemEditor changed = form.apply(op);
    model.addAttribute("focus", ItemEditor.focusAfter(op, changed));
    return editor(changed, v, EditorProblems.none(), model);
  }

  @PostMapping("/versions/{id}/publish")
  String publish(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
    return act(id, redirect, locale, () -> admin.publish(id), "admin.published");
  }

  @PostMapping("/versions/{id}/retire")
  String retire(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
    return act(id, redirect, locale, () -> admin.retire(id), "admin.retired");
  }

  @PostMapping("/versions/{id}/discard")
  String discard(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
    admin.discard(id);
    redirect.addFlashAttribute("notice", messages.getMessage("admin.discarded", null, locale));
    return "redirect:/console/catalogue";
  }

  @PostMapping("/versions/{id}/files")
  String attach(@PathVariable String id, @RequestParam String materialId,
      @RequestParam GuideFile.Kind kind, @RequestParam MultipartFile file,
      RedirectAttributes redirect, Locale locale) throws IOException {
    byte[] bytes = file.getBytes();
    return act(id, redirect, locale,
        () -> admin.attach(id, materialId, kind, file.getOriginalFilename(), bytes),
        "admin.attached");
  }

  @GetMapping("/versions/{id}/files/{sha256}")
  ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String sha256) {
    Catalogue.Download d = catalogue.versionFile(id, sha256);
    return download(d.bytes(), d.file().fileName(), d.file().mediaType());
  }

  @GetMapping("/export")
  ResponseEntity<byte[]> export() {
    return download(exchange.exportJson(), exportName(), "application/json");
  }

  @PostMapping("/import")
  String importFile(@RequestParam MultipartFile file, RedirectAttributes redirect, Locale locale)
      throws IOException {
    try {
      CatalogueExchange.ImportResult r = exchange.importJson(file.getBytes());
      redirect.addFlashAttribute("notice", messages.getMessage("admin.imported", new Object[] {
          r.itemsAdded(), r.itemsUnchanged(), r.departmentsAdded(), r.departmentsUnchanged()},
          locale));
    } catch (DomainException e) {
      redirect.addFlashAttribute("errors", texts(e, locale));
    }
    return "redirect:/console/catalogue";
  }

  static ResponseEntity<byte[]> download(byte[] bytes, String fileName, String mediaType) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, mediaType)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(bytes);
  }

  static String exportName() {
    return "openhall-catalogue.json";
  }

  private String act(String id, RedirectAttributes redirect, Locale locale, Runnable action,
      String done) {
    try {
      action.run();
      redirect.addFlashAttribute("notice", messages.getMessage(done, null, locale));
    } catch (DomainException e) {
      redirect.addFlashAttribute("errors", texts(e, locale));
    }
    return "redirect:/console/catalogue/versions/" + id;
  }

  private String editor(ItemEditor form, ItemVersion v, EditorProblems problems, Model model) {
    model.addAttribute("form", form != null ? form
        : v != null ? ItemEditor.of(v) : ItemEditor.blank());
    model.addAttribute("v", v);
    model.addAttribute("problems", problems);
    model.addAttribute("files", ItemEditor.files(v));
    model.addAttribute("fieldTypes", FieldType.values());
    model.addAttribute("departments", catalogue.departments());
    model.addAttribute("categories", ItemCategory.values());
    model.addAttribute("types", ItemType.values());
    return "console/catalogue/edit";
  }

  /** A number or choice that could not even be read, e.g. letters in "法定时限". */
  private EditorProblems bindingErrors(BindingResult binding, Locale locale) {
    EditorProblems problems = EditorProblems.none();
    binding.getFieldErrors().forEach(f -> problems.general(messages.getMessage("FIELD_INVALID",
        new Object[] {messages.getMessage("admin.field." + f.getField(), null, f.getField(),
            locale)}, locale)));
    return problems;
  }

  /** The refusal and each of its reasons, localized. */
  private List<String> texts(DomainException e, Locale locale) {
    List<String> texts = new ArrayList<>();
    texts.add(messages.getMessage(e.code(), e.args(), e.code(), locale));
    for (Violation v : e.violations()) {
      texts.add(message(v.code(), v.args().toArray(), locale));
    }
    return texts;
  }

  private String message(String code, Object[] args, Locale locale) {
    return message(messages, code, args, locale);
  }

  /** A domain message, in its category's words where there are some ({@code CODE.PROMISED}). */
  static String message(MessageSource messages, String code, Object[] args, Locale locale) {
    if (args.length > 1 && args[1] != null) {
      String specific = messages.getMessage(code + "." + args[1], args, null, locale);
      if (specific != null) {
        return specific;
      }
    }
    return messages.getMessage(code, args, code, locale);
  }
}
