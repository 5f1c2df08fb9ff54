package org.openhall.server;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: Simplified Chinese by default, English second. Pages switch with {@code ?lang=en}
 * (kept in a cookie); API clients use {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("openhall-lang");
    resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") == null
        ? Locale.SIMPLIFIED_CHINESE
        : (request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    registry.addInterceptor(lang);
    registry.addInterceptor(new LanguageSwitch());
  }
}
