/** 电子要件库: the material vault; every upload is checked by its bytes and stored once. */
package org.openhall.material;
