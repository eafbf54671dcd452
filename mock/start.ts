// `npm start` and `npm run server` both start the reference backend (serving dist-h5/ when built).
import './main'
