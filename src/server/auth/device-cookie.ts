import type {} from "@fastify/cookie";
import type { FastifyReply } from "fastify";
import type { DeviceCookie } from "../../service/device-cookies.ts";

/** The browser's device cookie (service/device-cookies.ts); it outlives sign-outs. */
export const DEVICE_COOKIE = "kairos_device";

/**
 * Sets the device cookie: HttpOnly and SameSite=Lax like the session's, Secure over HTTPS, and
 * sent to the API only, where sign-in and the password change read it.
 */
export function setDeviceCookie(reply: FastifyReply, device: DeviceCookie, secure: boolean): void {
	void reply.setCookie(DEVICE_COOKIE, device.value, {
		httpOnly: true,
		sameSite: "lax",
		path: "/api/v1",
		secure,
		expires: new Date(device.expiresAt),
	});
}
