package org.openhall.portal;

import java.security.Principal;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.licence.LicenceWallet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 我的证照: the signed-in holder's licences with their status today, verification code and PDF. */
@Controller
class WalletPages {

  private final AccountDirectory accounts;
  private final LicenceWallet wallet;

  WalletPages(AccountDirectory accounts, LicenceWallet wallet) {
    this.accounts = accounts;
    this.wallet = wallet;
  }

  @GetMapping("/licences")
  String licences(Principal principal, Model model) {
    Member me = accounts.require(principal.getName());
    model.addAttribute("licences", wallet.heldBy(me).stream()
        .map(l -> new HeldLicence(l, wallet.statusOf(l).name())).toList());
    return "portal/licences";
  }

  @GetMapping("/licences/{licenceNumber}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String licenceNumber, Principal principal) {
    byte[] pdf = wallet.pdfHeld(accounts.require(principal.getName()), licenceNumber);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("licence-" + licenceNumber + ".pdf").build().toString())
        .body(pdf);
  }

  /** A licence of the wallet and its status as of today (VALID, EXPIRED …), labelled by the page. */
  record HeldLicence(org.openhall.licence.Licence licence, String status) {
  }
}
