/** 办件通知: what an applicant is told, in the inbox and by e-mail or text message, when their case moves. */
package org.openhall.messaging;
