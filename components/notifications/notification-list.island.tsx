"use client";

import dynamic from "next/dynamic";
import { withIslandMarker } from "@/components/island-marker";

/**
 * The notifications page's list (mark read, filter) as an island: server-rendered in full, so it paints with the page; its code is preloaded and
 * hydrates right after, out of the route's First Load JS (issue 20). It fetches without the query
 * cache, so it carries only its hydration marker (components/island-marker.tsx).
 */
export const LazyNotificationList = dynamic(() =>
  import("./notification-list").then((m) => withIslandMarker(m.NotificationList)),
);
