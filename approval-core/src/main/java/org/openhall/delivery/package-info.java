/** 送达: how the result of a case (its licence or decision) was handed over: collected, posted or downloaded. */
package org.openhall.delivery;
