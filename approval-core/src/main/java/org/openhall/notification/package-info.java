/** 站内消息: the staff's in-app inbox; one notification row per recipient. */
package org.openhall.notification;
