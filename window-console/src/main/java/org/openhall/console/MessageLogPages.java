package org.openhall.console;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.openhall.notification.SentTextMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 短信记录 (ADMIN only): the demo's message log, newest first. The demo sends no text messages, so this
 * is where a tester reads a one-time code; phones are shown in full, as the log holds demo data only.
 */
@Controller
class MessageLogPages {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final SentTextMessages messages;
  private final Clock clock;

  MessageLogPages(SentTextMessages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/console/messages")
  String log(Model model) {
    model.addAttribute("messages", messages.latest().stream()
        .map(m -> new Row(m.phone(), m.text(), SHOWN.format(m.sentAt().atZone(clock.getZone())))).toList());
    return "console/messages";
  }

  /** One message as the page shows it. */
  record Row(String phone, String text, String sentAt) {
  }
}
