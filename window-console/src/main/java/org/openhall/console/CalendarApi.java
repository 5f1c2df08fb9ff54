package org.openhall.console;

import java.security.Principal;
import java.util.List;
import org.openhall.calendar.CalendarImportResult;
import org.openhall.calendar.CalendarYears;
import org.openhall.calendar.LoadedYear;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar for staff: the loaded years; admins import a year's holiday notice. */
@RestController
@RequestMapping("/api/v1/console/calendar")
class CalendarApi {

  private final CalendarYears years;

  CalendarApi(CalendarYears years) {
    this.years = years;
  }

  /** Body: the holiday-cn JSON file itself. ADMIN only (SecurityConfiguration). */
  @PostMapping("/years")
  @ResponseStatus(HttpStatus.CREATED)
  CalendarImportResult importYear(Principal principal, @RequestBody byte[] notice) {
    return years.importNotice(notice, principal.getName());
  }

  @GetMapping("/years")
  List<LoadedYear> years() {
    return years.years();
  }
}
