package org.openhall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** OpenHall: the one-stop administrative approval service platform, portal and console in one jar. */
@SpringBootApplication
@EnableAsync
public class OpenHallApplication {

  public static void main(String[] args) {
    SpringApplication.run(OpenHallApplication.class, args);
  }
}
