package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML checker (nu.validator, the engine behind validator.w3.org/nu) run in this JVM and
 * offline: its schemas come from its own jar. It is loaded from {@code target/nu-validator} (copied
 * there by the build) in a class loader of its own, since it needs Jetty 11's client and the test
 * classpath must not carry Jetty (Spring Boot manages Jetty 12 and would pick a Jetty client for
 * {@code TestRestTemplate}). Reports errors only; warnings are allowed.
 */
final class NuHtmlChecker {

  static final Path JARS = Path.of("target", "nu-validator");
  /** The checker's HTML schema, as its command line uses it (resolved from the jar, never fetched). */
  private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

  private final List<String> errors = new ArrayList<>();
  private final ClassLoader loader;
  private final Object validator;
  private final Class<?> type;

  NuHtmlChecker() throws Exception {
    assertThat(JARS).as("the Nu HTML checker is copied by the build (mvn generate-test-resources)").isDirectory();
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> jars = Files.list(JARS)) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(jar.toUri().toURL());
      }
    }
    loader = new URLClassLoader(urls.toArray(URL[]::new), NuHtmlChecker.class.getClassLoader());
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
      }

      @Override
      public void error(SAXParseException e) {
        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
    validator = within(() -> type.getConstructor(boolean.class, boolean.class, boolean.class)
        .newInstance(true, false, false));
    within(() -> type.getMethod("setUpMainSchema", String.class, ErrorHandler.class)
        .invoke(validator, SCHEMA, collect));
    within(() -> type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
        .invoke(validator, collect, false, false));
  }

  /** The checker's errors in one HTML document, one line each. */
  synchronized List<String> errors(String html) throws Exception {
    errors.clear();
    InputSource source = new InputSource(new StringReader(html));
    source.setSystemId("http://localhost/page.html");
    within(() -> type.getMethod("checkHtmlInputSource", InputSource.class).invoke(validator, source));
    return new ArrayList<>(errors);
  }

  @FunctionalInterface
  private interface Call {
    Object run() throws Exception;
  }

  /** Runs a call with the checker's class loader as the thread's context loader. */
  private Object within(Call call) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return call.run();
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
