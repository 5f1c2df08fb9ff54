package org.openhall.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.openhall.calendar.CalendarImportResult;
import org.openhall.calendar.CalendarYears;
import org.openhall.kernel.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page of the working-day calendar: loaded years, recent imports, and an upload form. */
@Controller
@RequestMapping("/console/calendar")
class CalendarPages {

  private final CalendarYears years;
  private final MessageSource messages;
  private final java.time.Clock clock;

  CalendarPages(CalendarYears years, MessageSource messages, java.time.Clock clock) {
    this.clock = clock;
    this.years = years;
    this.messages = messages;
  }

  @GetMapping
  String calendar(Model model) {
    model.addAttribute("zone", clock.getZone());
    model.addAttribute("years", years.years());
    model.addAttribute("imports", years.recentImports(20));
    return "console/calendar";
  }

  @PostMapping
  String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal,
      RedirectAttributes redirect, Locale locale) {
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("error", messages.getMessage("calendar.noFile", null, locale));
      return "redirect:/console/calendar";
    }
    try {
      CalendarImportResult r = years.importNotice(bytes(file), principal.getName());
      redirect.addFlashAttribute("notice", messages.getMessage("calendar.outcome." + r.outcome(),
          new Object[] {String.valueOf(r.year()), r.workingDays(), r.added(), r.removed(), r.changed()}, locale));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.getMessage(e.code(), e.args(), e.code(), locale));
      List<String> problems = e.violations().stream()
          .map(v -> messages.getMessage(v.code(), v.args().toArray(), v.code(), locale)).toList();
      redirect.addFlashAttribute("problems", problems);
    }
    return "redirect:/console/calendar";
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the uploaded calendar file cannot be read", e);
    }
  }
}
