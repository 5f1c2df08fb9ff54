/**
 * 站内消息 and 消息通知: every account's in-app inbox, and the outbox through which applicants are e-mailed
 * or sent a text message (短信), written in the transaction of the change it reports (docs/adr/0024).
 */
package org.openhall.notification;
