import presetMantine from 'postcss-preset-mantine';

// Mantine's PostCSS preset: rem/em functions, light/dark and breakpoint mixins in CSS modules.
export default {
  plugins: [presetMantine()],
};
