package org.openhall.calendar;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At every start, before the server takes requests, stores each shipped notice (2024–2026) whose year is not
 * in the database yet, in every profile: due dates must never depend on the demo data.
 */
@Component
class ShippedYearsLoader implements SmartInitializingSingleton {

  private final CalendarYears years;

  ShippedYearsLoader(CalendarYears years) {
    this.years = years;
  }

  @Override
  public void afterSingletonsInstantiated() {
    years.importShippedYears();
  }
}
