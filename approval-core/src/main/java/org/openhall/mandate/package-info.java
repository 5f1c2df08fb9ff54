/** 代办授权: agents' mandates to file for a principal, confirmed by the principal, limited in items and time. */
package org.openhall.mandate;
