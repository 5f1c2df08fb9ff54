package org.openhall.delivery;

/** How a result reached the applicant; the words are in {@code i18n/delivery} ({@code delivery.method.*}). */
public enum DeliveryMethod {
  /** 窗口领取: collected at the window by a person whose ID the clerk checked. */
  COLLECTED_AT_WINDOW,
  /** 邮寄送达: posted with a carrier under a tracking number. */
  POSTED,
  /** 网上下载: the applicant downloaded the PDF online (recorded by itself, the first time). */
  DOWNLOADED
}
