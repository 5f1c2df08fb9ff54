/** Assembly of the runnable server: security areas, error documents, locale, start-up report. */
package org.openhall.server;
