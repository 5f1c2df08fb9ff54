package org.openhall.licence;

import java.util.List;

/**
 * Outside the demo profile the server needs a real seal keystore with a key for every department and the
 * public address printed in QR codes; without them it refuses to start (hall-server explains this to the
 * operator).
 */
public class SealNotConfigured extends IllegalStateException {

  private final List<String> missing;
  private final List<String> departmentsWithoutKey;

  /** Settings missing, e.g. "openhall.licence.keystore (OPENHALL_LICENCE_KEYSTORE)". */
  public SealNotConfigured(List<String> missing) {
    super("OpenHall refuses to start without " + String.join(" and ", missing));
    this.missing = List.copyOf(missing);
    this.departmentsWithoutKey = List.of();
  }

  private SealNotConfigured(String keystore, List<String> departmentsWithoutKey) {
    super("OpenHall refuses to start: the seal keystore " + keystore + " has no key for the department(s) "
        + String.join(", ", departmentsWithoutKey)
        + "; add one private-key entry per department with the department code as its alias");
    this.missing = List.of();
    this.departmentsWithoutKey = List.copyOf(departmentsWithoutKey);
  }

  /** The keystore lacks an entry for these departments, each given as "CODE 名称". */
  public static SealNotConfigured keysMissing(String keystore, List<String> departmentsWithoutKey) {
    return new SealNotConfigured(keystore, departmentsWithoutKey);
  }

  /** The settings to give, with their environment variables; empty when only department keys are missing. */
  public List<String> missing() {
    return missing;
  }

  /** The departments ("CODE 名称") the keystore has no key for; empty when settings are missing. */
  public List<String> departmentsWithoutKey() {
    return departmentsWithoutKey;
  }
}
