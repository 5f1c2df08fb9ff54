package org.openhall.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All bundles of a language form one message source: a key defined in two bundles (or twice in one)
 * shows whichever the source reads first, so a portal link may print the console's word. Each key
 * is defined once per language.
 */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/i18n");

  @Test
  void everyKeyIsDefinedOncePerLanguage() throws IOException {
    assertThat(duplicates(false)).as("Chinese bundles: key → where").isEmpty();
    assertThat(duplicates(true)).as("English bundles: key → where").isEmpty();
  }

  /**
   * A message with arguments goes through MessageFormat, where a lone apostrophe starts a quoted run:
   * "the head's decision" would print as "the heads decision" and swallow what follows. Write ''.
   */
  @Test
  void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
    List<String> lone = new ArrayList<>();
    try (Stream<Path> list = Files.list(BUNDLES)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.startsWith("#") || !line.contains("=")) {
            continue;
          }
          String value = line.substring(line.indexOf('=') + 1);
          if (value.matches(".*\\{\\d.*") && value.replace("''", "").contains("'")) {
            lone.add(file.getFileName() + ":" + (i + 1) + " " + line);
          }
        }
      }
    }
    assertThat(lone).as("lone apostrophes in messages with arguments").isEmpty();
  }

  private static Map<String, List<String>> duplicates(boolean english) throws IOException {
    Map<String, List<String>> places = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(BUNDLES)) {
      files = list.filter(p -> p.toString().endsWith(".properties"))
          .filter(p -> p.getFileName().toString().endsWith("_en.properties") == english)
          .sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("!") || !line.contains("=")) {
          continue;
        }
        String key = line.substring(0, line.indexOf('=')).strip();
        places.computeIfAbsent(key, k -> new ArrayList<>()).add(file.getFileName() + ":" + (i + 1));
      }
    }
    places.values().removeIf(where -> where.size() == 1);
    return places;
  }
}
