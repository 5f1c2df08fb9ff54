package org.openhall.casefile;

import java.util.List;
import java.util.Optional;

/**
 * 免提交: what filing asks the licence register about a licence given instead of a material. The
 * licence module answers it (it depends on cases, so cases ask through this interface).
 */
public interface HeldLicences {

  /**
   * Why licence {@code licenceNumber} cannot stand for a material that asks for a licence of item
   * {@code itemCode}, or empty when {@code holderAccountId} holds it and it is valid today.
   */
  Optional<Refusal> refusal(String holderAccountId, String licenceNumber, String itemCode);

  /** A message code of the refusal (LICENCE_NOT_HELD, LICENCE_NOT_VALID, LICENCE_WRONG_ITEM) and its arguments. */
  record Refusal(String code, List<Object> args) {
    public Refusal {
      args = List.copyOf(args);
    }
  }
}
