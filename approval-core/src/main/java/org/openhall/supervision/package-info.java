/** 电子监察: deadline warnings and provisional due dates recorded as alerts, and who they reached. */
package org.openhall.supervision;
