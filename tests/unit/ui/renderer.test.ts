// The renderer's choice from the GPU's name the page's boot found (data-gl): WebGL on a real GPU, Canvas where WebGL
// runs in software, is missing or could not be asked; `?renderer=` overrides either way.
import { describe, expect, it } from 'vitest';
import { chooseRenderer } from '../../../src/ui/gpu';

describe('the renderer', () => {
  it('draws with WebGL on a real GPU', () => {
    expect(chooseRenderer('', () => 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)')).toBe('webgl');
    expect(chooseRenderer('', () => 'Apple GPU')).toBe('webgl');
  });

  it('draws on a canvas where WebGL runs in software, is missing, or the probe failed', () => {
    for (const gpu of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.7, 256 bits)',
      'Microsoft Basic Render Driver',
      'none',
      '',
    ])
      expect(
        chooseRenderer('', () => gpu),
        gpu,
      ).toBe('canvas');
  });

  it('takes the address’s choice over the GPU’s', () => {
    expect(chooseRenderer('?renderer=canvas', () => 'Apple GPU')).toBe('canvas');
    expect(chooseRenderer('?renderer=webgl', () => 'llvmpipe')).toBe('webgl');
    expect(chooseRenderer('?renderer=bogus', () => 'Apple GPU')).toBe('webgl');
    // Chosen in the address: the GPU is not asked (its probe makes a WebGL context).
    let asked = 0;
    chooseRenderer('?renderer=canvas', () => (asked++, 'Apple GPU'));
    expect(asked).toBe(0);
  });
});
