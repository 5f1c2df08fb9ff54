/** 电子证照: licences issued as sealed PDFs, registered for public verification. */
package org.openhall.licence;
