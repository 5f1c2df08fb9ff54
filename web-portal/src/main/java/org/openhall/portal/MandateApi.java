package org.openhall.portal;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.mandate.Mandate;
import org.openhall.mandate.MandateRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 代办授权 over JSON: an agent records a mandate, the principal confirms it, both list theirs. */
@RestController
@RequestMapping("/api/v1/mandates")
class MandateApi {

  private final AccountDirectory accounts;
  private final MandateRegistry mandates;
  private final Clock clock;

  MandateApi(AccountDirectory accounts, MandateRegistry mandates, Clock clock) {
    this.accounts = accounts;
    this.mandates = mandates;
    this.clock = clock;
  }

  /** An agent records a mandate; 201, awaiting the principal's confirmation. */
  @PostMapping
  ResponseEntity<MandateView> record(Principal principal, @RequestBody MandateRequest request) {
    Member me = accounts.require(principal.getName());
    Mandate m = mandates.record(me, request.principal(), request.scope(), request.validFrom(),
        request.validTo());
    return ResponseEntity.created(URI.create("/api/v1/mandates/" + m.id())).body(view(m, me));
  }

  /** The principal confirms; for anyone else the mandate does not exist (404). */
  @PostMapping("/{mandateId}/confirmation")
  MandateView confirm(Principal principal, @PathVariable String mandateId) {
    Member me = accounts.require(principal.getName());
    return view(mandates.confirm(mandateId, me), me);
  }

  /** The mandates the caller holds as agent or gave as principal, newest first. */
  @GetMapping
  List<MandateView> mine(Principal principal) {
    Member me = accounts.require(principal.getName());
    return mandates.mandatesOf(me.id()).stream().map(m -> view(m, me)).toList();
  }

  private MandateView view(Mandate m, Member me) {
    return MandateView.of(m, me.id(), LocalDate.now(clock), clock.getZone());
  }

  /** {@code principal}: resident ID number or credit code; {@code scope}: item codes, none = all. */
  record MandateRequest(String principal, List<String> scope, LocalDate validFrom, LocalDate validTo) {
  }
}
