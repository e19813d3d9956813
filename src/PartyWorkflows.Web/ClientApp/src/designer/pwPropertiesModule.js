import PwPropertiesProvider from './PwPropertiesProvider.jsx';

export default {
  __init__: ['pwPropertiesProvider'],
  pwPropertiesProvider: ['type', PwPropertiesProvider],
};
