package org.openhall.licence;

import java.security.KeyStore;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.openhall.organisation.DepartmentDirectory;

/**
 * 部门印章: each department's seal, whose certificate names the department (CN) and the service centre (O),
 * and which signs with the department's name (/Name). Every node signs with the same key: production reads
 * the keys from the configured PKCS#12 keystore (one entry per department, alias = department code); the
 * demo creates one self-signed key per department on first use and keeps it in the database. A seal is
 * loaded once and then cached. Thread-safe.
 */
public class DepartmentSeals {

  /** Where a department's key and certificate come from. */
  interface Keys {

    /** The key entry of the department {@code code}, whose name is {@code name}; throws when there is none. */
    KeyStore.PrivateKeyEntry entryOf(String code, String name);
  }

  private final Keys keys;
  private final DepartmentDirectory departments;
  private final String location;
  private final Clock clock;
  private final ConcurrentMap<String, LicenceSeal> seals = new ConcurrentHashMap<>();

  DepartmentSeals(Keys keys, DepartmentDirectory departments, String location, Clock clock) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.departments = Objects.requireNonNull(departments, "departments");
    this.location = Objects.requireNonNull(location, "location");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The seal of the department {@code departmentCode}: its own key, signing in its name. */
  public LicenceSeal sealOf(String departmentCode) {
    Objects.requireNonNull(departmentCode, "departmentCode");
    return seals.computeIfAbsent(departmentCode, code -> {
      String name = departments.nameOf(code);
      return LicenceSeal.of(keys.entryOf(code, name), name, location, clock);
    });
  }
}
