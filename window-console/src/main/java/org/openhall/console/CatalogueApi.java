package org.openhall.console;

import java.io.IOException;
import java.util.List;
import org.openhall.catalogue.CatalogueAdministration;
import org.openhall.catalogue.CatalogueExchange;
import org.openhall.catalogue.CatalogueExchange.ImportResult;
import org.openhall.catalogue.CatalogueFile.ItemEntry;
import org.openhall.catalogue.GuideFile;
import org.openhall.catalogue.ItemStatus;
import org.openhall.catalogue.ItemVersion;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.kernel.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin's catalogue API: export and import the catalogue file (四统一), and the draft →
 * publish → retire path for scripts. ADMIN only (SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/v1/console/catalogue")
class CatalogueApi {

  private final CatalogueExchange exchange;
  private final CatalogueAdministration admin;
  private final Texts texts;

  CatalogueApi(CatalogueExchange exchange, CatalogueAdministration admin, Texts texts) {
    this.exchange = exchange;
    this.admin = admin;
    this.texts = texts;
  }

  @GetMapping("/export")
  ResponseEntity<byte[]> export() {
    return CataloguePages.download(exchange.exportJson(), CataloguePages.exportName(),
        MediaType.APPLICATION_JSON_VALUE);
  }

  @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImportResult importFile(@RequestBody byte[] file) {
    return exchange.importJson(file);
  }

  /** A new item: its first version as a draft, from an item entry of the catalogue format. */
  @PostMapping("/items")
  ResponseEntity<VersionView> create(@RequestBody ItemEntry entry) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(view(admin.create(entry.code(), entry.content())));
  }

  /** The item's open draft, or a new one copied from its newest version. */
  @PostMapping("/items/{code}/draft")
  VersionView draft(@PathVariable String code) {
    return view(admin.draftOf(code));
  }

  @PutMapping("/versions/{id}")
  VersionView revise(@PathVariable String id, @RequestBody ItemEntry entry) {
    return view(admin.revise(id, entry.content()));
  }

  @GetMapping("/versions/{id}")
  VersionView version(@PathVariable String id) {
    return view(admin.version(id));
  }

  /** Offers a blank form or a filled-in sample beside a material of a draft (PDF, Word, Excel). */
  @PostMapping(value = "/versions/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  VersionView attach(@PathVariable String id, @RequestParam String materialId,
      @RequestParam GuideFile.Kind kind, @RequestParam MultipartFile file) throws IOException {
    return view(admin.attach(id, materialId, kind, file.getOriginalFilename(), file.getBytes()));
  }

  @PostMapping("/versions/{id}/publish")
  VersionView publish(@PathVariable String id) {
    return view(admin.publish(id));
  }

  @PostMapping("/versions/{id}/retire")
  VersionView retire(@PathVariable String id) {
    return view(admin.retire(id));
  }

  private VersionView view(ItemVersion v) {
    List<Problem> problems = v.isDraft() ? admin.publicationProblems(v.id()).stream()
        .map(this::problem).toList() : List.of();
    return new VersionView(v.id(), v.code(), v.version(), v.status(), v.name(),
        v.validFrom() == null ? null : v.validFrom().toString(),
        v.validUntil() == null ? null : v.validUntil().toString(), problems);
  }

  private Problem problem(Violation v) {
    return new Problem(v.field(), v.code(),
        texts.of(v.code(), LocaleContextHolder.getLocale(), v.args().toArray()));
  }

  /** A version as the admin API shows it, with what stands in the way of publishing it. */
  record VersionView(String id, String code, int version, ItemStatus status, String name,
      String validFrom, String validUntil, List<Problem> publicationProblems) {
  }

  record Problem(String field, String code, String message) {
  }

}
