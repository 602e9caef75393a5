// Which renderer suits this device, from the GPU's name WebGL reports (ui/renderer probes it, or the page's boot
// did): WebGL where the GPU is real, Canvas where WebGL runs in software (SwiftShader, llvmpipe, Microsoft Basic
// Render), which is far slower there, or is missing. `?renderer=webgl|canvas` overrides. Pure.

/** `gpu` gives the GPU's name, "none" without WebGL, "" when the probe itself failed; it is asked only when the
 * address does not choose. */
export function chooseRenderer(search: string, gpu: () => string): 'webgl' | 'canvas' {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'webgl' || forced === 'canvas') return forced;
  const name = gpu();
  if (name === 'none' || name === '') return 'canvas';
  return /swiftshader|llvmpipe|basic render|software/i.test(name) ? 'canvas' : 'webgl';
}
