package org.openhall.licence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production seals: a PKCS#12 keystore with one private-key entry per department, its alias the
 * department code (in any case; PKCS#12 folds aliases to lower case), key password = store password.
 */
final class SealKeystore implements DepartmentSeals.Keys {

  private static final Logger log = LoggerFactory.getLogger(SealKeystore.class);

  private final String location;
  private final Map<String, KeyStore.PrivateKeyEntry> byAlias;

  private SealKeystore(String location, Map<String, KeyStore.PrivateKeyEntry> byAlias) {
    this.location = location;
    this.byAlias = Map.copyOf(byAlias);
  }

  /** Reads every private-key entry of the keystore at {@code path}. */
  static SealKeystore load(Path path, char[] password) {
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      Map<String, KeyStore.PrivateKeyEntry> entries = new HashMap<>();
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          entries.put(alias.toLowerCase(Locale.ROOT),
              (KeyStore.PrivateKeyEntry) store.getEntry(alias, new KeyStore.PasswordProtection(password)));
        }
      }
      return new SealKeystore(path.toString(), entries);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the seal keystore " + path + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot load the seal keystore " + path + ": " + e.getMessage(), e);
    }
  }

  /** Refuses to start when a department has no key: every department known now must be able to seal. */
  void requireKeysFor(Map<String, String> departmentNames) {
    List<String> without = new ArrayList<>();
    departmentNames.forEach((code, name) -> {
      KeyStore.PrivateKeyEntry entry = byAlias.get(code.toLowerCase(Locale.ROOT));
      if (entry == null) {
        without.add(code + " " + name);
      } else if (!name.equals(commonName(entry))) {
        log.warn("The seal certificate of department {} ({}) names {}, not the department", code, name,
            ((X509Certificate) entry.getCertificate()).getSubjectX500Principal().getName());
      }
    });
    if (!without.isEmpty()) {
      throw SealNotConfigured.keysMissing(location, without);
    }
  }

  @Override
  public KeyStore.PrivateKeyEntry entryOf(String code, String name) {
    KeyStore.PrivateKeyEntry entry = byAlias.get(code.toLowerCase(Locale.ROOT));
    if (entry == null) {
      // A department added after the start (catalogue import) without a key: the step fails and is retried.
      throw new IllegalStateException("The seal keystore " + location + " has no key for the department " + code
          + " " + name + "; add a private-key entry with the alias " + code + " and restart");
    }
    return entry;
  }

  /** The certificate subject's common name (CN), or null. */
  static String commonName(KeyStore.PrivateKeyEntry entry) {
    X500Name subject = X500Name.getInstance(
        ((X509Certificate) entry.getCertificate()).getSubjectX500Principal().getEncoded());
    RDN[] names = subject.getRDNs(BCStyle.CN);
    return names.length == 0 ? null : IETFUtils.valueToString(names[0].getFirst().getValue());
  }
}
