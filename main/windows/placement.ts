import type { Point, Rectangle, Size } from 'electron';

/** Where windows go on screen; pure geometry over work areas, tray bounds and the cursor. */

const MARGIN = 12;

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** Keeps a rectangle of `size` inside `area`, moving it as little as possible. */
export function clampToArea(position: Point, size: Size, area: Rectangle): Rectangle {
  return {
    x: Math.round(clamp(position.x, area.x, area.x + area.width - size.width)),
    y: Math.round(clamp(position.y, area.y, area.y + area.height - size.height)),
    width: size.width,
    height: size.height,
  };
}

export function centeredIn(area: Rectangle, size: Size): Rectangle {
  return clampToArea(
    { x: area.x + (area.width - size.width) / 2, y: area.y + (area.height - size.height) / 2 },
    size,
    area,
  );
}

/** Top-right corner of the work area, where most trays and notification areas sit. */
export function topRightOf(area: Rectangle, size: Size): Rectangle {
  return clampToArea({ x: area.x + area.width - size.width - MARGIN, y: area.y + MARGIN }, size, area);
}

/**
 * Next to the tray icon: below it when the tray is at the top of the screen, above it when at the
 * bottom, horizontally centred on the icon, always inside the work area. Without usable tray
 * bounds (Linux often reports zeros) it falls back to the corner.
 */
export function besideTray(trayBounds: Rectangle | null, area: Rectangle, size: Size): Rectangle {
  if (!trayBounds || (trayBounds.width === 0 && trayBounds.height === 0)) return topRightOf(area, size);
  const trayCenterX = trayBounds.x + trayBounds.width / 2;
  const trayCenterY = trayBounds.y + trayBounds.height / 2;
  const areaCenterY = area.y + area.height / 2;
  const x = trayCenterX - size.width / 2;
  const y = trayCenterY < areaCenterY ? trayBounds.y + trayBounds.height + 4 : trayBounds.y - size.height - 4;
  // A tray at the left or right edge (vertical taskbar) puts the panel beside it instead.
  const onSide = trayBounds.x + trayBounds.width <= area.x || trayBounds.x >= area.x + area.width;
  if (onSide) {
    const sideX = trayBounds.x >= area.x + area.width ? area.x + area.width - size.width : area.x;
    return clampToArea({ x: sideX, y: trayCenterY - size.height / 2 }, size, area);
  }
  return clampToArea({ x, y }, size, area);
}
