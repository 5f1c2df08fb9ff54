/** 工作日历: working days per the State Council's yearly holiday arrangements, and due dates. */
package org.openhall.calendar;
