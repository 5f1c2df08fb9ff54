package org.openhall.mandate;

import org.openhall.identity.AccountDirectory.Member;

/** The principal an agent may file for right now, and the mandate that says so. */
public record MandatedPrincipal(String mandateId, Member principal) {
}
