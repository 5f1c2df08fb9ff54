package org.openhall.portal;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.openhall.draft.ApplicationDrafting;
import org.openhall.draft.ApplicationDrafting.Draft;
import org.openhall.draft.ApplicationDrafting.DraftMaterial;
import org.openhall.draft.ApplicationDrafting.Saved;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 申请草稿 over the API: the caller's drafts, one per item, saved with PUT (201 when new, 200 when
 * replaced — repeating a PUT is harmless), read and deleted; another account's draft is a 404.
 */
@RestController
@RequestMapping("/api/v1/drafts")
class DraftsApi {

  private final AccountDirectory accounts;
  private final ApplicationDrafting drafts;

  DraftsApi(AccountDirectory accounts, ApplicationDrafting drafts) {
    this.accounts = accounts;
    this.drafts = drafts;
  }

  @GetMapping
  List<Draft> mine(Principal principal) {
    return drafts.of(me(principal));
  }

  @GetMapping("/{itemCode}")
  Draft one(Principal principal, @PathVariable String itemCode) {
    return drafts.require(me(principal), itemCode);
  }

  @PutMapping("/{itemCode}")
  ResponseEntity<Draft> save(Principal principal, @PathVariable String itemCode,
      @RequestBody(required = false) DraftRequest request) {
    DraftRequest body = request == null ? new DraftRequest(null, null, null) : request;
    Saved saved = drafts.save(me(principal), itemCode, body.formData(), body.materials(), body.onBehalfOf());
    return saved.created()
        ? ResponseEntity.created(URI.create("/api/v1/drafts/" + saved.draft().itemCode())).body(saved.draft())
        : ResponseEntity.ok(saved.draft());
  }

  @DeleteMapping("/{itemCode}")
  ResponseEntity<Void> delete(Principal principal, @PathVariable String itemCode) {
    drafts.discard(me(principal), itemCode);
    return ResponseEntity.noContent().build();
  }

  private Member me(Principal principal) {
    return accounts.require(principal.getName());
  }

  /**
   * A draft's content: form values by field key, materials as on a filing (a vault {@code materialId}
   * or a held {@code licenceNumber} per {@code requirementId}), and an agent's mandate.
   */
  record DraftRequest(Map<String, String> formData, List<DraftMaterial> materials, String onBehalfOf) {
  }
}
