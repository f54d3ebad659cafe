import { useT } from '../../lib/i18n.ts';

const VERTEBRAE = [
  { name: 'L1', x: 232, y: 150 },
  { name: 'L2', x: 227, y: 180 },
  { name: 'L3', x: 224, y: 210 },
  { name: 'L4', x: 226, y: 240 },
  { name: 'L5', x: 231, y: 270 },
] as const;

/**
 * A schematic side view (front of the body to the left): lumbar spine, the diaphragm's dome with
 * its legs reaching down to the same vertebrae, and the psoas from the lumbar spine over the
 * pelvis to the inner thigh. Drawn for this app; colours come from the theme tokens.
 */
export function AnatomyDiagram() {
  const t = useT();
  return (
    <svg
      class="anatomy"
      viewBox="0 0 420 430"
      role="img"
      aria-labelledby="anatomy-title anatomy-desc"
      data-testid="anatomy-diagram"
    >
      <title id="anatomy-title">{t('learn.diagram.title')}</title>
      <desc id="anatomy-desc">{t('learn.diagram.desc')}</desc>

      <g class="anatomy__bone">
        <path d="M238 58 C 180 40 112 58 84 104" />
        <path d="M238 84 C 182 68 116 86 88 132" />
        <path d="M238 110 C 190 98 134 112 104 150" />
        {VERTEBRAE.map((v) => (
          <rect key={v.name} x={v.x} y={v.y} width="40" height="25" rx="6" />
        ))}
        <path d="M236 300 L 272 300 L 282 348 L 258 372 Z" />
        <path d="M246 266 C 200 244 146 256 122 288 C 136 300 158 312 170 330" />
        <path d="M170 330 C 176 346 168 362 150 368 C 138 371 128 364 128 356" />
        <circle cx="182" cy="350" r="13" />
        <path d="M186 362 L 168 426 M 196 360 L 184 426" />
        <circle cx="176" cy="383" r="5" />
      </g>

      <g class="anatomy__vertebra-label">
        {VERTEBRAE.map((v) => (
          <text key={v.name} x={v.x + 20} y={v.y + 17}>
            {v.name}
          </text>
        ))}
      </g>

      <path
        class="anatomy__psoas"
        d="M228 152 C 200 200 162 252 150 304 C 146 334 158 364 172 384 L 180 380 C 174 356 172 332 182 314 C 198 294 216 292 232 292 Z"
      />

      <g class="anatomy__diaphragm">
        <path d="M92 150 C 104 70 206 58 236 140" />
        <path d="M222 116 C 226 150 228 180 230 222" />
      </g>

      <g class="anatomy__labels">
        <line x1="92" y1="40" x2="150" y2="84" />
        <text x="16" y="34">
          {t('learn.diagram.diaphragm')}
        </text>
        <line x1="300" y1="54" x2="246" y2="64" />
        <text x="304" y="58">
          {t('learn.diagram.ribs')}
        </text>
        <line x1="300" y1="206" x2="272" y2="214" />
        <text x="304" y="204">
          {t('learn.diagram.spine')}
        </text>
        <text x="304" y="222" class="anatomy__sub">
          L1–L5
        </text>
        <line x1="86" y1="246" x2="178" y2="252" />
        <text x="16" y="250" class="anatomy__strong">
          {t('learn.diagram.psoas')}
        </text>
        <line x1="300" y1="318" x2="262" y2="322" />
        <text x="304" y="322">
          {t('learn.diagram.pelvis')}
        </text>
        <line x1="150" y1="404" x2="172" y2="388" />
        <text x="16" y="408">
          {t('learn.diagram.thigh')}
        </text>
      </g>
    </svg>
  );
}
